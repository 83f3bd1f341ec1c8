import type { AvroRecordSchema } from './avro-schema.ts';
import { eventRecordNameOf } from './naming.ts';
import type { PayloadSource } from './schema-source.ts';

/**
 * The full Avro schema of one event: the envelope template renamed to
 * `playbook.<module>.<EventName>`, with the type of `payload` replaced by the payload record.
 * The payload's `schemaVersion` attribute is dropped (it travels in `envelope.schemaVersion`).
 */
export function composeEventSchema(envelope: AvroRecordSchema, payload: PayloadSource): AvroRecordSchema {
  const { schemaVersion: _schemaVersion, ...payloadSchema } = payload.schema;
  const recordName = eventRecordNameOf(payload.module, payload.eventName);
  const lastDot = recordName.lastIndexOf('.');
  return {
    type: 'record',
    name: recordName.slice(lastDot + 1),
    namespace: recordName.slice(0, lastDot),
    doc: `Event ${payload.type}: ${payload.schema.doc ?? 'no description'}`,
    fields: envelope.fields.map((field) =>
      field.name === 'payload' ? { ...field, type: payloadSchema as AvroRecordSchema } : field,
    ),
  };
}
