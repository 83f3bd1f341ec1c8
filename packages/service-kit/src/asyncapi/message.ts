// One message of an AsyncAPI document: an event type with its Avro schema, Kafka key and headers.
import { HEADER } from '@playbook/bus-kafka/headers';
import type { EventDescriptor } from '@playbook/contracts/catalog';
import { messageKeyOf, payloadFieldsOf } from './message-key.ts';

export const KAFKA_BINDING = '0.5.0';
const AVRO_SCHEMA = 'application/vnd.apache.avro+json;version=1.9.0';

export function messageOf(d: EventDescriptor) {
  const payloadDoc = (d.schema as { doc?: string }).doc;
  const key = messageKeyOf(d);
  return {
    name: d.name,
    title: d.type,
    summary: payloadDoc,
    description: `Schema version ${d.schemaVersion}; registry subject \`<topic>-${d.recordName}\`; payload fields: ${payloadFieldsOf(
      d,
    )
      .map((f) => f.name)
      .join(', ')}.`,
    contentType: 'avro/binary',
    headers: HEADERS,
    correlationId: {
      description: 'The business flow this message belongs to.',
      location: `$message.header#/${HEADER.correlationId}`,
    },
    payload: { schemaFormat: AVRO_SCHEMA, schema: d.schema },
    bindings: {
      kafka: {
        key: { type: 'string', description: key.field ? `${key.field}: ${key.description}` : key.description },
        schemaIdLocation: 'payload',
        schemaIdPayloadEncoding: 'confluent',
        schemaLookupStrategy: 'TopicRecordNameStrategy',
        bindingVersion: KAFKA_BINDING,
      },
    },
  };
}

const HEADERS = {
  type: 'object',
  required: [HEADER.messageId, HEADER.type, HEADER.correlationId],
  properties: {
    [HEADER.messageId]: {
      type: 'string',
      format: 'uuid',
      description: 'envelope.messageId: the deterministic id of the fact.',
    },
    [HEADER.type]: { type: 'string', description: 'envelope.type, e.g. vendors.VendorEngaged: read before decoding.' },
    [HEADER.correlationId]: { type: 'string', description: 'envelope.correlationId: the business flow, end to end.' },
    traceparent: {
      type: 'string',
      pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$',
      description: 'W3C trace context of the span that published it: one flow is one trace across modules.',
    },
    baggage: { type: 'string', description: 'W3C baggage (carries the correlation id).' },
  },
};
