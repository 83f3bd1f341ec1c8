import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Subscription, UnitOfWork } from '@playbook/bus/handler';
import { CORRELATION_SPAN_ATTRIBUTE, withCorrelationId } from '@playbook/telemetry/correlation';
import type { Logger } from '@playbook/telemetry/logger';
import { consumerDeadLettered, consumerLag, consumerMessages } from '@playbook/telemetry/metrics';
import { tracer } from '@playbook/telemetry/tracing';
import { Partitioners, type Consumer, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import { sendToDeadLetter } from './dead-letter.ts';
import { createDispatcher } from './dispatch.ts';
import { HEADER, readHeaders } from './headers.ts';
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
  /** How long the group waits for a silent member (a crashed process) before rebalancing; kafkajs default 30 s. */
  sessionTimeout?: number;
  /** Longest a fetch waits for new messages (kafkajs default 5 s); stop() waits for the fetch in flight. */
  maxWaitTimeInMs?: number;
}

/** The consumer is stopping mid-retry: leave the message unresolved so it is redelivered. */
const ABORTED = Symbol('aborted');

/**
 * Runs subscriptions over topics: each message is decoded, handled once per subscription inside
 * an inbox transaction, retried with exponential backoff, and after the last attempt parked on
 * the dead-letter topic so the partition moves on.
 */
export function createBusConsumer<Tx>(options: BusConsumerOptions<Tx>) {
  const { group, log, service } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const retryBaseMs = options.retryBaseMs ?? 200;
  let consumer: Consumer | undefined;
  let dlqProducer: Producer | undefined;
  let stopping = false;

  const handle = createDispatcher(options);

  const processMessage = async (
    topic: string,
    partition: number,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
    isRunning: () => boolean,
  ) => {
    const headers = readHeaders(message.headers);
    // From the message alone: never from whatever context happened to be active when start() ran.
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
    const active = withCorrelationId(headers[HEADER.correlationId] ?? 'unknown', trace.setSpan(parent, span));
    const result = await context.with(active, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          if (!message.value) throw new Error('message has no value');
          const envelope = await options.serde.decode(message.value, headers[HEADER.type]);
          const outcome = await handle(envelope);
          consumerMessages.inc({ service, consumer: group, outcome });
          span.setAttribute('playbook.outcome', outcome);
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
            consumerMessages.inc({ service, consumer: group, outcome: 'dead_lettered' });
            span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
            log.error(
              { err: error, topic, partition, offset: message.offset, dlq },
              'message dead-lettered after retries',
            );
            return 'dead_lettered';
          }
          log.warn({ err: error, attempt, topic, offset: message.offset }, 'handler failed; retrying');
          await sleep(retryBaseMs * 2 ** (attempt - 1));
          if (!isRunning()) {
            span.setAttribute('playbook.outcome', 'aborted');
            return ABORTED;
          }
          await heartbeat();
        }
      }
    });
    span.end();
    return result;
  };

  return {
    async start(fromBeginning = true) {
      dlqProducer = options.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await dlqProducer.connect();
      stopping = false;
      consumer = options.kafka.consumer({
        groupId: group,
        allowAutoTopicCreation: true,
        // kafkajs restarts a crashed consumer on its own; once stop() has begun, a restart would
        // bring back a member nobody stops (it raced stop() when a crash and a shutdown met).
        retry: { retries: 5, restartOnFailure: async () => !stopping },
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
      const ready = consumingSignal(consumer);
      await consumer.run({
        eachBatchAutoResolve: false,
        partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
        eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
          for (const message of batch.messages) {
            if (!isRunning() || isStale()) break;
            const outcome = await processMessage(batch.topic, batch.partition, message, heartbeat, isRunning);
            if (outcome === ABORTED) break;
            resolveOffset(message.offset);
            consumerLag.set(
              { service, consumer: group, topic: batch.topic, partition: String(batch.partition) },
              Math.max(0, Number(batch.highWatermark) - Number(message.offset) - 1),
            );
            await heartbeat();
          }
          await commitOffsetsIfNecessary();
        },
      });
      await ready;
    },
    /** Graceful: finishes the message in hand, commits what is done, leaves the group. */
    async stop() {
      stopping = true;
      await consumer?.disconnect();
      await dlqProducer?.disconnect();
      consumer = undefined;
      dlqProducer = undefined;
    },
  };
}
export type BusConsumer = ReturnType<typeof createBusConsumer>;

/**
 * Resolves when the consumer is really consuming: it has joined its group and completed a first
 * fetch (its offsets resolved through the group coordinator), or joined with nothing assigned.
 * Joining alone is not enough: on a broker whose coordinator is still loading, a consumer joins,
 * crashes on its first offset fetch and restarts with backoff, long after start() returned.
 */
function consumingSignal(consumer: Consumer): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      if (Object.values(payload.memberAssignment).every((partitions) => partitions.length === 0)) resolve();
    });
    consumer.on(consumer.events.FETCH, () => resolve());
    consumer.on(consumer.events.CRASH, ({ payload }) => (payload.restart ? undefined : reject(payload.error)));
  });
}
