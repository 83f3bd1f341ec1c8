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

/**
 * Everything codegen writes, computed from the schemas folder. Pure: writes nothing.
 * Only TypeScript types: the full event schemas (envelope + payload) are composed at load time
 * by the catalog, from the same files.
 */
export function generate(dir: string = schemasDir): GeneratedFile[] {
  return [{ name: 'types.ts', content: renderTypes(dir) }];
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
