import { describe as suite, expect, test } from 'vitest';
import type { AvroField, AvroRecordSchema, AvroSchema } from './avro-schema.ts';
import { readPayloadSources } from './schema-source.ts';

// The conventions of schemas/README.md that Avro itself does not enforce.
function conventionBreaks(record: AvroRecordSchema, where: string): string[] {
  const breaks: string[] = record.doc ? [] : [`${where}: the record ${record.name} has no doc`];
  for (const field of record.fields) {
    const at = `${where}: ${record.name}.${field.name}`;
    if (!field.doc) breaks.push(`${at} has no doc`);
    if (Array.isArray(field.type) && field.type.includes('null')) {
      if (field.type[0] !== 'null' || field.default !== null)
        breaks.push(`${at} is optional: ["null", T] with default null`);
    }
    const branches = (Array.isArray(field.type) ? field.type : [field.type]).filter((branch) => branch !== 'null');
    if (field.name.endsWith('Minor') && JSON.stringify(branches) !== '["long"]') {
      breaks.push(`${at} is money in minor units: a long`);
    }
    for (const nested of nestedRecords(field)) breaks.push(...conventionBreaks(nested, where));
  }
  return breaks;
}

function nestedRecords(field: AvroField): AvroRecordSchema[] {
  const found: AvroRecordSchema[] = [];
  const visit = (schema: AvroSchema): void => {
    if (Array.isArray(schema)) schema.forEach(visit);
    else if (typeof schema === 'object') {
      if (schema.type === 'record') found.push(schema as AvroRecordSchema);
      else if (schema.type === 'array' && schema.items) visit(schema.items);
      else if (schema.type === 'map' && schema.values) visit(schema.values);
    }
  };
  visit(field.type);
  return found;
}

suite('every payload file', () => {
  test('documents its records and fields, writes optional fields as ["null", T] = null and money as long', () => {
    const breaks = readPayloadSources().flatMap((source) => conventionBreaks(source.schema, source.file));
    expect(breaks).toEqual([]);
  });

  test('the checks catch a field without doc, a null-last union and money as int', () => {
    const record: AvroRecordSchema = {
      type: 'record',
      name: 'SamplePayload',
      doc: 'A sample.',
      fields: [
        { name: 'id', type: 'string' },
        { name: 'note', type: ['string', 'null'], default: 'x', doc: 'A note.' },
        { name: 'amountMinor', type: 'int', doc: 'Money.' },
      ],
    };
    expect(conventionBreaks(record, 'sample.avsc')).toEqual([
      'sample.avsc: SamplePayload.id has no doc',
      'sample.avsc: SamplePayload.note is optional: ["null", T] with default null',
      'sample.avsc: SamplePayload.amountMinor is money in minor units: a long',
    ]);
  });
});
