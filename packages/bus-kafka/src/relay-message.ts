import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { OutboxRow } from '@playbook/bus-postgres/outbox-reader';
import { CORRELATION_SPAN_ATTRIBUTE } from '@playbook/telemetry/correlation';
import { injectContext, tracer } from '@playbook/telemetry/tracing';
import type { Message } from 'kafkajs';
import { HEADER } from './headers.ts';
import type { Serde } from './serde.ts';

/**
 * An outbox row as a Kafka message, under a producer span that continues the trace stored with
 * the row (the moment of publishing, not the relay loop's own context).
 */
export async function toKafkaMessage(row: OutboxRow, serde: Serde): Promise<Message> {
  const parent = propagation.extract(ROOT_CONTEXT, row.headers);
  const span = tracer().startSpan(
    `publish ${row.type}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': row.topic,
        'messaging.message.id': row.id,
        [CORRELATION_SPAN_ATTRIBUTE]: row.payload.correlationId,
      },
    },
    parent,
  );
  try {
    const value = await serde.encode(row.topic, row.payload);
    const headers = { ...row.headers, ...injectContext(trace.setSpan(parent, span)) };
    return {
      key: row.key,
      value,
      headers: {
        ...headers,
        [HEADER.messageId]: row.id,
        [HEADER.type]: row.type,
        [HEADER.correlationId]: row.payload.correlationId,
      },
    };
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
    throw error;
  } finally {
    span.end();
  }
}
