import { type Context, propagation, ROOT_CONTEXT, SpanKind, trace } from '@opentelemetry/api';
import { CORRELATION_SPAN_ATTRIBUTE, withCorrelationId } from '@playbook/telemetry/correlation';
import { tracer } from '@playbook/telemetry/tracing';
import type { KafkaMessage } from 'kafkajs';
import { HEADER, readHeaders } from './headers.ts';

/**
 * The consumer span of one message, child of the producer span whose context rides in its
 * headers (never of whatever context happened to be active when the consumer started), and the
 * context to handle it in: that span plus the message's correlation id.
 */
export function startMessageSpan(topic: string, group: string, message: KafkaMessage) {
  const headers = readHeaders(message.headers);
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer().startSpan(
    `process ${headers[HEADER.type] ?? 'unknown'}`,
    {
      kind: SpanKind.CONSUMER,
      attributes: {
        'messaging.system': 'kafka',
        'messaging.destination.name': topic,
        'messaging.consumer.group.name': group,
        'messaging.kafka.offset': Number(message.offset),
        'messaging.message.id': headers[HEADER.messageId] ?? '',
        ...(headers[HEADER.correlationId] ? { [CORRELATION_SPAN_ATTRIBUTE]: headers[HEADER.correlationId] } : {}),
      },
    },
    parent,
  );
  const active: Context = withCorrelationId(headers[HEADER.correlationId] ?? 'unknown', trace.setSpan(parent, span));
  return { span, active, type: headers[HEADER.type] };
}
export type MessageSpan = ReturnType<typeof startMessageSpan>;
