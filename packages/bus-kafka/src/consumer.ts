import type { Consumer, Producer } from 'kafkajs';
import { KeyHashPartitioner } from './partitioner.ts';
import { type BusConsumerOptions, heartbeatIntervalOf } from './consumer-options.ts';
import { createPartitionBatchHandler } from './partition-batch.ts';
import { sleep } from './wake.ts';

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
            heartbeatInterval: heartbeatIntervalOf(options),
          }
        : {}),
    });
    consumer = next;
    await next.connect();
    await next.subscribe({ topics: options.topics, fromBeginning });
    const ready = consumingSignal(next);
    next.on(next.events.CRASH, ({ payload }) => {
      if (payload.restart || stopping || !started || consumer !== next) return;
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

  /**
   * Runs `attempt` again with backoff each time it fails, until `giveUp` says so. A broker that has
   * just started answers GroupCoordinatorNotFound until its offsets topic is loaded (non-retriable
   * to kafkajs): on a cold CI broker with every module starting at once, modules died of it.
   */
  const keepTrying = async <T>(what: string, attempt: () => Promise<T>, giveUp: (error: unknown) => boolean) => {
    for (let delay = 500; ; delay = Math.min(delay * 2, 10_000)) {
      try {
        return await attempt();
      } catch (error) {
        if (stopping || giveUp(error)) throw error;
        options.log.warn({ err: error, group, retryInMs: delay }, `${what} could not start; trying again`);
        await sleep(delay);
        if (stopping) throw error;
      }
    }
  };

  /** Starts a member, and a new one in its place each time starting fails (see keepTrying). */
  const startMember = (fromBeginning: boolean, giveUp: (error: unknown) => boolean) =>
    keepTrying(
      'consumer',
      async () => {
        try {
          await runConsumer(fromBeginning);
        } catch (error) {
          await consumer?.disconnect().catch(() => {});
          consumer = undefined;
          throw error;
        }
      },
      giveUp,
    );

  const connectDeadLetterProducer = async () => {
    const producer = options.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      createPartitioner: KeyHashPartitioner,
    });
    await producer.connect();
    return producer;
  };

  /** True from start() resolving to stop(): a crash then is replaced here, not thrown by start(). */
  let started = false;
  let replacing = false;
  const replaceCrashed = async (crashed: Consumer, fromBeginning: boolean) => {
    if (replacing) return;
    replacing = true;
    try {
      await crashed.disconnect().catch(() => {});
      await sleep(1000);
      await startMember(fromBeginning, () => stopping);
      if (stopping) await consumer?.disconnect();
      else options.log.info({ group }, 'consumer started again after a crash');
    } catch (error) {
      if (!stopping) options.log.error({ err: error, group }, 'consumer could not be started again');
    } finally {
      replacing = false;
    }
  };

  return {
    async start(fromBeginning = true) {
      stopping = false;
      const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
      const pastDeadline = () => Date.now() >= deadline;
      dlqProducer = await keepTrying('dead-letter producer', connectDeadLetterProducer, pastDeadline);
      await startMember(fromBeginning, pastDeadline);
      started = true;
    },
    /** Graceful: finishes the batch in hand, commits what is done, leaves the group. */
    async stop() {
      stopping = true;
      started = false;
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
