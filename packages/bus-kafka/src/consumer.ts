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
  const eachBatch = createPartitionBatchHandler(options, () => dlqProducer!);

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
