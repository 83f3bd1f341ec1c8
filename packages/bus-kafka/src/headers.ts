import type { IHeaders } from 'kafkajs';

/** Kafka header names the bus sets on every message, beside the W3C traceparent/baggage. */
export const HEADER = {
  messageId: 'playbook-message-id',
  type: 'playbook-type',
  correlationId: 'playbook-correlation-id',
} as const;

/** Dead-letter headers: why a message was parked and where it came from. */
export const DLQ_HEADER = {
  error: 'dlq-error',
  errorCode: 'dlq-error-code',
  attempts: 'dlq-attempts',
  consumer: 'dlq-consumer',
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  failedAt: 'dlq-failed-at',
} as const;

export function readHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first.toString();
  }
  return out;
}

export const deadLetterTopic = (topic: string, group: string) => `${topic}.dlq.${group}`;
