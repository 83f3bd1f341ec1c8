/** Avro schema JSON, loosely typed: what `.avsc` files contain. */
export type AvroSchema = string | AvroSchema[] | AvroObjectSchema;

export interface AvroField {
  name: string;
  type: AvroSchema;
  doc?: string;
  default?: unknown;
  aliases?: string[];
}

export interface AvroObjectSchema {
  type: AvroSchema;
  name?: string;
  namespace?: string;
  doc?: string;
  fields?: AvroField[];
  symbols?: string[];
  items?: AvroSchema;
  values?: AvroSchema;
  logicalType?: string;
  aliases?: string[];
  [attribute: string]: unknown;
}

export interface AvroRecordSchema extends AvroObjectSchema {
  type: 'record';
  name: string;
  fields: AvroField[];
}

export function isRecordSchema(schema: unknown): schema is AvroRecordSchema {
  if (typeof schema !== 'object' || schema === null) return false;
  const candidate = schema as Partial<AvroRecordSchema>;
  return candidate.type === 'record' && typeof candidate.name === 'string' && Array.isArray(candidate.fields);
}

/** The full name of a named type: `name` if it contains a dot, else `namespace.name`. */
export function fullNameOf(name: string, namespace: string | undefined): string {
  if (name.includes('.') || !namespace) return name;
  return `${namespace}.${name}`;
}

export function namespaceOf(fullName: string): string | undefined {
  const lastDot = fullName.lastIndexOf('.');
  return lastDot === -1 ? undefined : fullName.slice(0, lastDot);
}

export function shortNameOf(fullName: string): string {
  return fullName.slice(fullName.lastIndexOf('.') + 1);
}
