import type avro from 'avsc';
import { describe } from './descriptors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ValidationError {
  /** Dotted path to the offending value, e.g. `payload.quantity` or `rules.0.name`; '' for the root. */
  path: string;
  message: string;
}

export type EnvelopeValidation = { ok: true } | { ok: false; errors: ValidationError[] };

/**
 * Checks a whole message (envelope + payload) against the schema of `type`: every value
 * must fit its Avro type, no undeclared field may appear, `messageId` must be a UUID and
 * `envelope.type` must be `type`.
 * Throws `CONTRACTS.UNKNOWN_EVENT_TYPE` for an unknown type.
 */
export function validateEnvelope(type: string, envelope: unknown): EnvelopeValidation {
  const { avroType } = describe(type);
  const { type: actualType, messageId } = (envelope ?? {}) as { type?: unknown; messageId?: unknown };
  // Every event published is checked: the common, valid case takes one pass without hooks; only
  // a failure pays for the two passes that name every error.
  if (
    avroType.isValid(envelope, { noUndeclaredFields: true }) &&
    (typeof messageId !== 'string' || UUID.test(messageId)) &&
    (typeof actualType !== 'string' || actualType === type)
  ) {
    return { ok: true };
  }
  const errors: ValidationError[] = [];
  avroType.isValid(envelope, {
    errorHook: (path, value, fieldType) => errors.push({ path: path.join('.'), message: mismatch(fieldType, value) }),
  });
  avroType.isValid(envelope, {
    noUndeclaredFields: true,
    errorHook: (path, value, fieldType) => errors.push(...undeclaredFields(path, value, fieldType)),
  });
  if (typeof messageId === 'string' && !UUID.test(messageId)) {
    errors.push({ path: 'messageId', message: `expected a UUID, got ${preview(messageId)}` });
  }
  if (typeof actualType === 'string' && actualType !== type) {
    errors.push({ path: 'type', message: `expected "${type}", got "${actualType}"` });
  }
  return errors.length === 0 ? { ok: true } : { ok: false, errors };
}

function mismatch(expected: avro.Type, value: unknown): string {
  if (value === undefined) return `missing required ${describeType(expected)}`;
  return `expected ${describeType(expected)}, got ${preview(value)}`;
}

function undeclaredFields(path: string[], value: unknown, recordType: avro.Type): ValidationError[] {
  const fields = (recordType as Partial<avro.types.RecordType>).fields;
  if (!fields || typeof value !== 'object' || value === null) return [];
  const declared = new Set(fields.map((field) => field.name));
  return Object.keys(value)
    .filter((key) => !declared.has(key))
    .map((key) => ({
      path: [...path, key].join('.'),
      message: `undeclared field "${key}" in ${describeType(recordType)}`,
    }));
}

function describeType(type: avro.Type): string {
  if (type.name) return `${type.typeName} ${type.name}`;
  const branches = (type as Partial<avro.types.UnwrappedUnionType>).types;
  if (type.typeName.startsWith('union') && branches) return branches.map(describeType).join(' | ');
  return type.typeName;
}

function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}
