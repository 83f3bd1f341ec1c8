import { composeEventSchema } from '../compose.ts';
import { eventRecordNameOf } from '../naming.ts';
import { schemasDir } from '../paths.ts';
import { readEnvelopeTemplate, readPayloadSources } from '../schema-source.ts';
import { TypeScriptDeclarations } from './avro-to-ts.ts';

export interface GeneratedFile {
  /** File name inside packages/contracts/src/generated/. */
  name: string;
  content: string;
}

const HEADER = [
  '// generated — do not edit.',
  '// Source: schemas/ (see schemas/README.md). Regenerate with `npm run codegen`.',
  '',
].join('\n');

/** Everything codegen writes, computed from the schemas folder. Pure: writes nothing. */
export function generate(dir: string = schemasDir): GeneratedFile[] {
  return [
    { name: 'types.ts', content: renderTypes(dir) },
    { name: 'event-schemas.ts', content: renderEventSchemas(dir) },
  ];
}

function renderTypes(dir: string): string {
  const declarations = new TypeScriptDeclarations();
  declarations.declareRecord(readEnvelopeTemplate(dir), undefined, {
    typeParameters: '<P = unknown>',
    fieldTypeOverrides: { payload: 'P' },
  });
  const payloadEntries = readPayloadSources(dir).map(
    (payload) => `  '${payload.type}': ${declarations.declareRecord(payload.schema)};`,
  );
  return [
    HEADER,
    declarations.render(),
    '',
    '/** Event type (`<module>.<EventName>`) → its payload type. */',
    'export interface EventPayloads {',
    ...payloadEntries,
    '}',
    '',
    'export type EventType = keyof EventPayloads;',
    '',
    '/** The whole message of one event type: the envelope around its payload. */',
    'export type EventEnvelope<T extends EventType> = AuditEnvelope<EventPayloads[T]> & { type: T };',
    '',
  ].join('\n');
}

function renderEventSchemas(dir: string): string {
  const envelope = readEnvelopeTemplate(dir);
  const entries = readPayloadSources(dir).map((payload) => ({
    type: payload.type,
    module: payload.module,
    name: payload.eventName,
    schemaVersion: payload.schemaVersion,
    recordName: eventRecordNameOf(payload.module, payload.eventName),
    schema: composeEventSchema(envelope, payload),
  }));
  return [
    HEADER,
    '/** One event type: its names and its full Avro schema (envelope + payload). */',
    'export interface EventSchemaEntry {',
    '  type: string;',
    '  module: string;',
    '  name: string;',
    '  schemaVersion: number;',
    '  recordName: string;',
    '  schema: object;',
    '}',
    '',
    `export const eventSchemas: readonly EventSchemaEntry[] = ${JSON.stringify(entries, null, 2)};`,
    '',
  ].join('\n');
}
