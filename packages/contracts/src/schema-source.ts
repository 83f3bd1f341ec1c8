import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import avro from 'avsc';
import { type AvroRecordSchema, fullNameOf, isRecordSchema } from './avro-schema.ts';
import { ContractsError } from './errors.ts';
import { eventTypeOf, payloadRecordNameOf } from './naming.ts';
import { schemasDir } from './paths.ts';

/** One payload file, `schemas/<module>/<EventName>.avsc`, parsed and checked. */
export interface PayloadSource {
  module: string;
  eventName: string;
  type: string;
  /** Path relative to the schemas folder, with forward slashes: `testkit/WidgetCreated.avsc`. */
  file: string;
  schemaVersion: number;
  schema: AvroRecordSchema;
}

const ENVELOPE_FOLDER = 'envelope';
const MODULE_SEGMENT = /^[a-z][a-z0-9]*$/;
const EVENT_NAME = /^[A-Z][A-Za-z0-9]*$/;

export function readEnvelopeTemplate(dir: string = schemasDir): AvroRecordSchema {
  const file = join(dir, ENVELOPE_FOLDER, 'AuditEnvelope.avsc');
  const schema = parseAvroFile(readFileSync(file, 'utf8'), 'envelope/AuditEnvelope.avsc');
  if (!schema.fields.some((field) => field.name === 'payload')) {
    throw invalid('envelope/AuditEnvelope.avsc', 'the envelope has no "payload" field');
  }
  return schema;
}

/** Every payload file under `dir` (except `envelope/`), sorted by event type. */
export function readPayloadSources(dir: string = schemasDir): PayloadSource[] {
  return listAvscFiles(dir)
    .filter((file) => !file.startsWith(`${ENVELOPE_FOLDER}/`))
    .map((file) => parsePayloadSource(file, readFileSync(join(dir, file), 'utf8')))
    .sort((a, b) => a.type.localeCompare(b.type));
}

/** Parses and checks one payload file; `file` is relative to the schemas folder. */
export function parsePayloadSource(file: string, text: string): PayloadSource {
  const segments = file.replace(/\.avsc$/, '').split('/');
  const eventName = segments.pop() ?? '';
  const module = segments.join('.');
  if (segments.length === 0 || !segments.every((segment) => MODULE_SEGMENT.test(segment))) {
    throw invalid(file, 'the folder must be a module name in lower case letters and digits');
  }
  if (!EVENT_NAME.test(eventName)) throw invalid(file, 'the file name must be the PascalCase event name');
  const schema = parseAvroFile(text, file);
  const expectedName = payloadRecordNameOf(module, eventName);
  const actualName = fullNameOf(schema.name, schema.namespace);
  if (actualName !== expectedName) {
    throw invalid(file, `the record must be named "${expectedName}" (found "${actualName}")`);
  }
  const schemaVersion = schema.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw invalid(file, 'the record needs a top-level "schemaVersion": <positive integer>');
  }
  return { module, eventName, type: eventTypeOf(module, eventName), file, schemaVersion, schema };
}

function parseAvroFile(text: string, file: string): AvroRecordSchema {
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    throw invalid(file, `not valid JSON (${(error as Error).message})`);
  }
  if (!isRecordSchema(schema)) throw invalid(file, 'the top level must be an Avro record');
  try {
    avro.Type.forSchema(schema as avro.Schema);
  } catch (error) {
    throw invalid(file, `not a valid Avro schema (${(error as Error).message})`);
  }
  return schema;
}

function listAvscFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.avsc'))
    .map((path) => relative(dir, join(dir, path)).split(sep).join('/'))
    .sort();
}

function invalid(file: string, reason: string): ContractsError {
  return new ContractsError('CONTRACTS.INVALID_SCHEMA_FILE', `schemas/${file}: ${reason}`);
}
