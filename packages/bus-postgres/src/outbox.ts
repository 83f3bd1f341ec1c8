import { context } from '@opentelemetry/api';
import {
  buildEnvelope,
  type Cause,
  type EnvelopeOf,
  type EventInput,
  type EventType,
  type Producer,
} from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { describe, topicFor } from '@playbook/contracts/catalog';
import type { Queryable } from '@playbook/db/client';
import { withCorrelationId } from '@playbook/telemetry/correlation';
import { injectContext } from '@playbook/telemetry/tracing';

export interface OutboxOptions {
  producer: Producer;
  /** Prefix of every topic, e.g. a test run's namespace; empty in production. */
  namespace?: string | undefined;
}

/**
 * A publisher that writes to the outbox inside `tx`. The trace context and correlation id of the
 * moment of publishing are stored with the row, so the relay continues the same trace.
 * Publishing the same message id twice is a no-op (one row).
 */
export function outboxPublisher(tx: Queryable, cause: Cause, options: OutboxOptions): Publisher {
  const emitted = new Map<string, number>();
  return {
    async publish<T extends EventType>(input: EventInput<T>): Promise<EnvelopeOf<T>> {
      const index = emitted.get(input.type) ?? 0;
      emitted.set(input.type, index + 1);
      const envelope = buildEnvelope(input, cause, options.producer, index);
      const topic = topicFor(describe(input.type).module, options.namespace);
      const headers = injectContext(withCorrelationId(cause.correlationId, context.active()));
      await tx`
        insert into outbox (id, occurred_at, topic, key, type, payload, headers)
        values (${envelope.messageId}, ${new Date(envelope.occurredAt)}, ${topic}, ${input.key}, ${input.type},
                ${tx.json(envelope as never)}, ${tx.json(headers)})
        on conflict (id) do nothing`;
      return envelope;
    },
  };
}
