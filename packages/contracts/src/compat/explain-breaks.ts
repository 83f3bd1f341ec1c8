import type avro from 'avsc';
import { canRead, describeAvroType } from './describe-type.ts';

const CANNOT_READ = 'old records cannot be read';

type Field = avro.types.Field & { type: avro.Type };

/**
 * Sentences naming each change in `reader` (the new schema) that stops it reading data
 * written with `writer` (an old schema), e.g.
 * `field "color" was added without a default — old records cannot be read`.
 */
export function explainBreaks(reader: avro.Type, writer: avro.Type, path = ''): string[] {
  if (canRead(reader, writer)) return [];
  const subject = path ? `field "${path}"` : 'the record';
  if (reader.typeName === 'record' && writer.typeName === 'record') return explainRecord(reader, writer, path, subject);
  if (reader.typeName === 'enum' && writer.typeName === 'enum') return explainEnum(reader, writer, subject);
  const readerItems = (reader as Partial<avro.types.ArrayType>).itemsType;
  const writerItems = (writer as Partial<avro.types.ArrayType>).itemsType;
  if (readerItems && writerItems) return explainBreaks(readerItems, writerItems, `${path}[]`);
  return [`${subject} changed type from ${describeAvroType(writer)} to ${describeAvroType(reader)} — ${CANNOT_READ}`];
}

function explainRecord(reader: avro.Type, writer: avro.Type, path: string, subject: string): string[] {
  if (!namesMatch(reader, writer)) {
    return [`${subject} (record ${writer.name}) was renamed to ${reader.name} without an alias — ${CANNOT_READ}`];
  }
  const readerFields = (reader as avro.types.RecordType).fields as Field[];
  const writerFields = (writer as avro.types.RecordType).fields as Field[];
  const unmatchedWriterFields = writerFields.filter(
    (writerField) => !readerFields.some((readerField) => fieldMatches(readerField, writerField)),
  );
  const breaks: string[] = [];
  for (const readerField of readerFields) {
    const fieldPath = path ? `${path}.${readerField.name}` : readerField.name;
    const writerField = writerFields.find((candidate) => fieldMatches(readerField, candidate));
    if (writerField) {
      breaks.push(...explainBreaks(readerField.type, writerField.type, fieldPath));
    } else if (readerField.defaultValue() === undefined) {
      breaks.push(addedWithoutDefault(readerField, fieldPath, unmatchedWriterFields));
    }
  }
  return breaks;
}

function addedWithoutDefault(readerField: Field, fieldPath: string, unmatchedWriterFields: Field[]): string {
  const renamedFrom = unmatchedWriterFields.find((writerField) => canRead(readerField.type, writerField.type));
  if (renamedFrom) {
    return `field "${fieldPath}" looks like "${renamedFrom.name}" renamed without an alias (add "aliases": ["${renamedFrom.name}"]) — ${CANNOT_READ}`;
  }
  return `field "${fieldPath}" was added without a default — ${CANNOT_READ}`;
}

function explainEnum(reader: avro.Type, writer: avro.Type, subject: string): string[] {
  if (!namesMatch(reader, writer)) {
    return [`${subject} (enum ${writer.name}) was renamed to ${reader.name} without an alias — ${CANNOT_READ}`];
  }
  const readerSymbols = (reader as avro.types.EnumType).symbols;
  const removed = (writer as avro.types.EnumType).symbols.filter((symbol) => !readerSymbols.includes(symbol));
  const quoted = removed.map((symbol) => `"${symbol}"`).join(', ');
  return [
    `${subject}: enum symbol ${quoted} was removed and the enum has no default — old records using it cannot be read`,
  ];
}

function fieldMatches(readerField: Field, writerField: Field): boolean {
  return readerField.name === writerField.name || readerField.aliases.includes(writerField.name);
}

function namesMatch(reader: avro.Type, writer: avro.Type): boolean {
  return reader.name === writer.name || (reader.aliases ?? []).includes(writer.name ?? '');
}
