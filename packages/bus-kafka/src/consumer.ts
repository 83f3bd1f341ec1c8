import { context, SpanStatusCode } from '@opentelemetry/api';
import type { Subscription, UnitOfWork } from '@playbook/bus/handler';
import type { Logger } from '@playbook/telemetry/logger';
import { consumerDeadLettered, consumerLag, consumerMessages } from '@playbook/telemetry/metrics';
import {
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  type KafkaMessage,
  Partitioners,
  type Producer,
} from 'kafkajs';
import { createBatchDispatcher, type Delivery } from './batch-dispatch.ts';
import { sendToDeadLetter } from './dead-letter.ts';
import { createDispatcher } from './dispatch.ts';
import { type MessageSpan, startMessageSpan } from './message-span.ts';
import type { Serde } from './serde.ts';
import { sleep } from './wake.ts';

export interface BusConsumerOptions<Tx> {
  kafka: Kafka;
  serde: Serde;
  uow: UnitOfWork<Tx>;
  /** The consumer group, usually the service name; also names the dead-letter topics. */
  group: string;
  topics: string[];
  subscriptions: Subscription<Tx>[];
  log: Logger;
  service: string;
  maxAttempts?: number;
  retryBaseMs?: number;
  partitionsConsumedConcurrently?: number;
  /** Most messages of a partition handled in one transaction (default 500); a fetch is never waited on to fill it. */
  maxBatchSize?: number;
  /** How long the group waits for a silent member (a crashed process) before rebalancing; kafkajs default 30 s. */
  sessionTimeout?: number;
  /** Longest a fetch waits for new messages (kafkajs default 5 s); stop() waits for the fetch in flight. */
  maxWaitTimeInMs?: number;
}

/** The consumer is stopping mid-retry: leave the message unresolved so it is redelivered. */
const ABORTED = Symbol('aborted');

/**
 * Runs subscriptions over topics. What a fetch brought for a partition is handled in order, in
 * one transaction per chunk (inbox rows, effects, outgoing events), and its offsets committed
 * after. A message whose handler fails is isolated: the messages before it commit as a batch,
 * it is retried alone with exponential backoff and after the last attempt parked on the
 * dead-letter topic, and the rest of the partition goes on as a batch.
 */
export function createBusConsumer<Tx>(options: BusConsumerOptions<Tx>) {
  const { group, log, service } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryBaseMs = options.retryBaseMs ?? 200;
  const maxBatch = Math.max(1, options.maxBatchSize ?? 500);
  let consumer: Consumer | undefined;
  let dlqProducer: Producer | undefined;

  const handleOne = createDispatcher(options);
  const handleBatch = createBatchDispatcher(options);

  const decode = async (message: KafkaMessage, ms: MessageSpan) => {
    if (!message.value) throw new Error('message has no value');
    return options.serde.decode(message.value, ms.type);
  };

  const settle = (ms: MessageSpan, outcome: string, counted = true) => {
    if (counted) consumerMessages.inc({ service, consumer: group, outcome });
    ms.span.setAttribute('playbook.outcome', outcome);
    ms.span.end();
  };

  /** One message alone: retried with backoff, then dead-lettered so the partition moves on. */
  const isolate = async (
    topic: string,
    partition: number,
    message: KafkaMessage,
    ms: MessageSpan,
    batch: EachBatchPayload,
  ) => {
    for (let attempt = 1; ; attempt++) {
      try {
        const envelope = await decode(message, ms);
        const outcome = await context.with(ms.active, () => handleOne(envelope));
        settle(ms, outcome);
        return outcome;
      } catch (error) {
        if (attempt >= maxAttempts) {
          const dlq = await sendToDeadLetter(dlqProducer!, {
            topic,
            partition,
            message,
            group,
            error,
            attempts: attempt,
          });
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

  /** Decodes the chunk up to its first undecodable message (which the next round isolates). */
  const decodePrefix = async (chunk: KafkaMessage[], spans: MessageSpan[]): Promise<Delivery[]> => {
    const deliveries: Delivery[] = [];
    for (const [i, message] of chunk.entries()) {
      try {
        deliveries.push({ envelope: await decode(message, spans[i]!), active: spans[i]!.active });
      } catch {
        break;
      }
    }
    return deliveries;
  };

  const eachBatch = async (payload: EachBatchPayload) => {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary } = payload;
    const { topic, partition } = batch;
    const spans = new Map<string, MessageSpan>();
    const spanOf = (m: KafkaMessage) => {
      const ms = spans.get(m.offset) ?? startMessageSpan(topic, group, m);
      spans.set(m.offset, ms);
      return ms;
    };
    let rest = batch.messages;
    let limit = maxBatch;
    while (rest.length > 0 && isRunning() && !isStale()) {
      const chunk = rest.slice(0, limit);
      const chunkSpans = chunk.map(spanOf);
      const deliveries = await decodePrefix(chunk, chunkSpans);
      let done = 0;
      if (deliveries.length > 0) {
        // A failed heartbeat inside the transaction is not the batch's failure; the one after it reports it.
        const result = await handleBatch(deliveries, () => heartbeat().catch(() => {}));
        if (result.ok) {
          for (const [i, outcome] of result.outcomes.entries()) settle(chunkSpans[i]!, outcome);
          done = deliveries.length;
        } else if (result.failedAt > 0) {
          limit = result.failedAt; // commit the messages before the failing one, then isolate it
          continue;
        }
      }
      if (done === 0) {
        const outcome = await isolate(topic, partition, chunk[0]!, chunkSpans[0]!, payload);
        if (outcome === ABORTED) break;
        done = 1;
      }
      for (const m of chunk.slice(0, done)) spans.delete(m.offset);
      const last = chunk[done - 1]!;
      resolveOffset(last.offset);
      consumerLag.set(
        { service, consumer: group, topic, partition: String(partition) },
        Math.max(0, Number(batch.highWatermark) - Number(last.offset) - 1),
      );
      await heartbeat();
      rest = rest.slice(done);
      limit = maxBatch;
    }
    for (const ms of spans.values()) settle(ms, 'aborted', false); // left unresolved: redelivered later
    await commitOffsetsIfNecessary();
  };

  return {
    async start(fromBeginning = true) {
      dlqProducer = options.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await dlqProducer.connect();
      consumer = options.kafka.consumer({
        groupId: group,
        allowAutoTopicCreation: true,
        ...(options.maxWaitTimeInMs ? { maxWaitTimeInMs: options.maxWaitTimeInMs } : {}),
        ...(options.sessionTimeout
          ? {
              sessionTimeout: options.sessionTimeout,
              heartbeatInterval: Math.max(100, Math.floor(options.sessionTimeout / 10)),
            }
          : {}),
      });
      await consumer.connect();
      await consumer.subscribe({ topics: options.topics, fromBeginning });
      const joined = new Promise<void>((resolve, reject) => {
        consumer!.on(consumer!.events.GROUP_JOIN, () => resolve());
        consumer!.on(consumer!.events.CRASH, ({ payload }) => (payload.restart ? undefined : reject(payload.error)));
      });
      await consumer.run({
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
        eachBatch,
      });
      await joined;
    },
    /** Graceful: finishes the batch in hand, commits what is done, leaves the group. */
    async stop() {
      await consumer?.disconnect();
      await dlqProducer?.disconnect();
      consumer = undefined;
      dlqProducer = undefined;
    },
  };
}
export type BusConsumer = ReturnType<typeof createBusConsumer>;
