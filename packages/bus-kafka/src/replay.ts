import type { Admin, Kafka } from 'kafkajs';
import { KeyHashPartitioner } from './partitioner.ts';
import { deadLetterTopic, DLQ_HEADER, readHeaders } from './headers.ts';

/**
 * Moves a consumer group's offsets on a topic to the earliest offset, the latest, or the first
 * offset at or after a timestamp (resolved to concrete offsets first). The group must have no
 * active members (stop the service first): Kafka refuses to move the offsets of a running group.
 */
export async function resetConsumerGroup(
  kafka: Kafka,
  group: string,
  topic: string,
  to: 'earliest' | 'latest' | Date,
): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const partitions =
      to instanceof Date
        ? await admin.fetchTopicOffsetsByTimestamp(topic, to.getTime())
        : (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => ({
            partition,
            offset: to === 'earliest' ? low : high,
          }));
    await admin.setOffsets({
      groupId: group,
      topic,
      partitions: partitions.map(({ partition, offset }) => ({ partition, offset })),
    });
  } finally {
    await admin.disconnect();
  }
}

/**
 * Re-drives a dead-letter topic: every message parked up to now and not re-driven before goes back
 * to its original topic with its original key and headers (minus the dlq-* ones). Progress is
 * committed per message in the consumer group `<group>.redrive`, so running it twice re-drives
 * nothing twice (and consumers deduplicate by message id anyway). Resolves with the number of
 * messages re-driven; rejects if it cannot reach the end of the topic within `timeoutMs`.
 */
export async function redriveDeadLetters(
  kafka: Kafka,
  topic: string,
  group: string,
  timeoutMs = 60_000,
): Promise<number> {
  const dlq = deadLetterTopic(topic, group);
  const redriveGroup = `${group}.redrive`;
  const admin = kafka.admin();
  await admin.connect();
  let remaining: Map<number, bigint>;
  try {
    if (!(await admin.listTopics()).includes(dlq)) return 0;
    remaining = await pendingOffsets(admin, dlq, redriveGroup);
  } finally {
    await admin.disconnect();
  }
  if (remaining.size === 0) return 0;

  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: KeyHashPartitioner,
  });
  const consumer = kafka.consumer({ groupId: redriveGroup });
  let count = 0;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.all([producer.connect(), consumer.connect()]);
    await consumer.subscribe({ topics: [dlq], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error(`redrive of ${dlq} did not reach the end of the topic within ${timeoutMs} ms`)),
        timeoutMs,
      );
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const end = remaining.get(partition);
            const next = BigInt(message.offset) + 1n;
            if (end !== undefined && next <= end) {
              const headers = readHeaders(message.headers);
              const original = headers[DLQ_HEADER.originalTopic] ?? topic;
              const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('dlq-')));
              await producer.send({
                topic: original,
                acks: -1,
                messages: [{ key: message.key, value: message.value, headers: kept }],
              });
              await consumer.commitOffsets([{ topic: dlq, partition, offset: next.toString() }]);
              count++;
            }
            if (end !== undefined && next >= end) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    clearTimeout(timer);
    await consumer.disconnect();
    await producer.disconnect();
  }
  return count;
}

/** Partitions of `topic` where `group` has not yet consumed up to the current end: partition → end offset. */
async function pendingOffsets(admin: Admin, topic: string, group: string): Promise<Map<number, bigint>> {
  const [ends, [committed]] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId: group, topics: [topic] }),
  ]);
  const pending = new Map<number, bigint>();
  for (const { partition, high, low } of ends) {
    const done = committed?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
    const position = BigInt(done) >= 0n ? BigInt(done) : BigInt(low);
    if (position < BigInt(high)) pending.set(partition, BigInt(high));
  }
  return pending;
}
