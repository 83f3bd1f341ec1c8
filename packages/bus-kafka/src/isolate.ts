import { context, SpanStatusCode } from '@opentelemetry/api';
import type { AnyEnvelope } from '@playbook/bus/envelope';
import { consumerDeadLettered } from '@playbook/telemetry/metrics';
import type { EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import type { BusConsumerOptions } from './consumer-options.ts';
import { sendToDeadLetter } from './dead-letter.ts';
import { createDispatcher } from './dispatch.ts';
import type { MessageSpan } from './message-span.ts';
import { sleep } from './wake.ts';

/** The consumer is stopping mid-retry: leave the message unresolved so it is redelivered. */
export const ABORTED = Symbol('aborted');

export interface Isolation {
  decode(message: KafkaMessage, ms: MessageSpan): Promise<AnyEnvelope>;
  settle(ms: MessageSpan, outcome: string, counted?: boolean): void;
  dlqProducer(): Producer;
}

/**
 * One message alone (a batch's failing message): handled in its own transactions, retried with
 * exponential backoff, and after the last attempt parked on the dead-letter topic so the
 * partition moves on.
 */
export function createIsolator<Tx>(options: BusConsumerOptions<Tx>, { decode, settle, dlqProducer }: Isolation) {
  const { group, log, service } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryBaseMs = options.retryBaseMs ?? 200;
  const handleOne = createDispatcher(options);
  return async (message: KafkaMessage, ms: MessageSpan, batch: EachBatchPayload) => {
    const { topic, partition } = batch.batch;
    for (let attempt = 1; ; attempt++) {
      try {
        const envelope = await decode(message, ms);
        const outcome = await context.with(ms.active, () => handleOne(envelope));
        settle(ms, outcome);
        return outcome;
      } catch (error) {
        if (attempt >= maxAttempts) {
          const letter = { topic, partition, message, group, error, attempts: attempt };
          const dlq = await sendToDeadLetter(dlqProducer(), letter);
          consumerDeadLettered.inc({ service, consumer: group, topic });
          ms.span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
          settle(ms, 'dead_lettered');
          log.error(
            { err: error, topic, partition, offset: message.offset, dlq },
            'message dead-lettered after retries',
          );
          return 'dead_lettered';
        }
        log.warn({ err: error, attempt, topic, offset: message.offset }, 'handler failed; retrying');
        await sleep(retryBaseMs * 2 ** (attempt - 1));
        if (!batch.isRunning()) return ABORTED;
        await batch.heartbeat();
      }
    }
  };
}
