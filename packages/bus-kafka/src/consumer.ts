import type { Consumer, Producer } from 'kafkajs';
import { Partitioners } from 'kafkajs';
import type { BusConsumerOptions } from './consumer-options.ts';
import { createPartitionBatchHandler } from './partition-batch.ts';

export type { BusConsumerOptions } from './consumer-options.ts';

/**
 * Runs subscriptions over topics. What a fetch brought for a partition is handled in order, in
 * one transaction per chunk (inbox rows, effects, outgoing events), and its offsets committed
 * after. A message whose handler fails is isolated: the messages before it commit as a batch,
 * it is retried alone with exponential backoff and after the last attempt parked on the
 * dead-letter topic, and the rest of the partition goes on as a batch.
 */
export function createBusConsumer<Tx>(options: BusConsumerOptions<Tx>) {
  const { group } = options;
  let consumer: Consumer | undefined;
  let dlqProducer: Producer | undefined;
  let stopping = false;

  const eachBatch = createPartitionBatchHandler(options, () => dlqProducer!);

  /** A consumer of the group, running; resolves once it is really consuming (see consumingSignal). */
  const runConsumer = async (fromBeginning: boolean) => {
    const next = options.kafka.consumer({
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
    consumer = next;
    await next.connect();
    await next.subscribe({ topics: options.topics, fromBeginning });
    const ready = consumingSignal(next);
    next.on(next.events.CRASH, ({ payload }) => {
      if (payload.restart || stopping || consumer !== next || !running) return;
      // kafkajs gives up on a non-retriable error (a broker unreachable past its retries, seen when
      // Kafka restarted under load): the process lived on with no member in its group, its
      // partitions unread. A new member is started in its place, as the supervisor would a process.
      options.log.error(
        { err: payload.error, group },
        'consumer crashed and kafkajs will not restart it; starting a new one',
      );
      void replaceCrashed(next, fromBeginning);
    });
    await next.run({
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: options.partitionsConsumedConcurrently ?? 3,
      eachBatch,
    });
    await ready;
  };

  let running = false;
  const replaceCrashed = async (crashed: Consumer, fromBeginning: boolean) => {
    await crashed.disconnect().catch(() => {});
    for (let delay = 1000; running && !stopping && consumer === crashed; delay = Math.min(delay * 2, 30_000)) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (!running || stopping || consumer !== crashed) return;
      try {
        await runConsumer(fromBeginning);
        options.log.info({ group }, 'consumer started again after a crash');
        return;
      } catch (error) {
        options.log.error({ err: error, group, retryInMs: delay * 2 }, 'consumer could not be started again; retrying');
        await consumer?.disconnect().catch(() => {});
        consumer = crashed; // keeps this loop the one that owns the replacement
      }
    }
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
      await runConsumer(fromBeginning);
      running = true;
    },
    /** Graceful: finishes the batch in hand, commits what is done, leaves the group. */
    async stop() {
      stopping = true;
      running = false;
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
