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
  // Only the trace context is read and replaced; baggage (the correlation id) travels on as the
  // publisher wrote it, so it is not parsed and printed again for every message.
  const { traceparent, tracestate } = row.headers;
  const parent = propagation.extract(ROOT_CONTEXT, tracestate ? { traceparent, tracestate } : { traceparent });
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
    return {
      key: row.key,
      value,
      headers: {
        ...row.headers,
        ...injectContext(trace.setSpan(parent, span)),
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
