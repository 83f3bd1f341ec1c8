import { describe as suite, expect, test } from 'vitest';
import { composeEventSchema } from './compose.ts';
import { parsePayloadSource, readEnvelopeTemplate, readPayloadSources } from './schema-source.ts';

const payloadText = (name: string, namespace: string, extra: object = { schemaVersion: 1 }) =>
  JSON.stringify({ type: 'record', name, namespace, ...extra, fields: [{ name: 'vendorId', type: 'string' }] });

suite('payload files', () => {
  test('derive module, event name and type from the path', () => {
    const source = parsePayloadSource(
      'vendors/VendorEngaged.avsc',
      payloadText('VendorEngagedPayload', 'playbook.vendors'),
    );
    expect(source).toMatchObject({
      module: 'vendors',
      eventName: 'VendorEngaged',
      type: 'vendors.VendorEngaged',
      schemaVersion: 1,
    });
  });

  test('a nested folder is a dotted module (connector topics)', () => {
    const source = parsePayloadSource(
      'integrations/netsuite/VendorsFetched.avsc',
      payloadText('VendorsFetchedPayload', 'playbook.integrations.netsuite'),
    );
    expect(source.type).toBe('integrations.netsuite.VendorsFetched');
  });

  test('refuse a record name that does not match the file', () => {
    expect(() => parsePayloadSource('vendors/VendorEngaged.avsc', payloadText('Engaged', 'playbook.vendors'))).toThrow(
      /must be named "playbook.vendors.VendorEngagedPayload"/,
    );
  });

  test('refuse a file without a schemaVersion', () => {
    expect(() =>
      parsePayloadSource('vendors/VendorEngaged.avsc', payloadText('VendorEngagedPayload', 'playbook.vendors', {})),
    ).toThrow(/schemaVersion/);
  });

  test('the real schemas folder holds the testkit events', () => {
    expect(readPayloadSources().map((source) => source.file)).toEqual(
      expect.arrayContaining([
        'testkit/WidgetCreated.avsc',
        'testkit/WidgetRenamed.avsc',
        'testkit/ProbeRecorded.avsc',
      ]),
    );
  });
});

suite('composeEventSchema', () => {
  test('renames the envelope and puts the payload record in the payload field', () => {
    const source = parsePayloadSource(
      'vendors/VendorEngaged.avsc',
      payloadText('VendorEngagedPayload', 'playbook.vendors'),
    );
    const schema = composeEventSchema(readEnvelopeTemplate(), source);
    expect(`${schema.namespace}.${schema.name}`).toBe('playbook.vendors.VendorEngaged');
    const payloadField = schema.fields.find((field) => field.name === 'payload');
    expect(payloadField?.type).toMatchObject({ name: 'VendorEngagedPayload', namespace: 'playbook.vendors' });
    expect(schema.fields.map((field) => field.name)).toEqual(readEnvelopeTemplate().fields.map((field) => field.name));
  });
});
