import type { Kafka } from 'kafkajs';
import { deadLetterTopic, DLQ_HEADER, readHeaders } from './headers.ts';

/**
 * Moves a consumer group's offsets on a topic to the earliest offset, the latest, or the first
 * offset at or after a timestamp. The group must have no active members (stop the service first):
 * Kafka refuses to move the offsets of a running group.
 */
export async function resetConsumerGroup(kafka: Kafka, group: string, topic: string, to: 'earliest' | 'latest' | Date): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (to instanceof Date) {
      const offsets = await admin.fetchTopicOffsetsByTimestamp(topic, to.getTime());
      await admin.setOffsets({ groupId: group, topic, partitions: offsets.map(({ partition, offset }) => ({ partition, offset })) });
    } else {
      await admin.resetOffsets({ groupId: group, topic, earliest: to === 'earliest' });
    }
  } finally {
    await admin.disconnect();
  }
}

/**
 * Re-drives a dead-letter topic: every parked message not re-driven before goes back to its
 * original topic with its original key and headers (minus the dlq-* ones). Progress is kept by
 * the consumer group `<group>.redrive`, so running it twice re-drives nothing twice; consumers
 * deduplicate by message id anyway. Resolves with the number of messages re-driven.
 */
export async function redriveDeadLetters(kafka: Kafka, topic: string, group: string, idleMs = 3000): Promise<number> {
  const dlq = deadLetterTopic(topic, group);
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${group}.redrive` });
  await Promise.all([producer.connect(), consumer.connect()]);
  let count = 0;
  let lastActivity = Date.now();
  try {
    await consumer.subscribe({ topics: [dlq], fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = readHeaders(message.headers);
        const original = headers[DLQ_HEADER.originalTopic] ?? topic;
        const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('dlq-')));
        await producer.send({ topic: original, acks: -1, messages: [{ key: message.key, value: message.value, headers: kept }] });
        count++;
        lastActivity = Date.now();
      },
    });
    while (Date.now() - lastActivity < idleMs) await new Promise((r) => setTimeout(r, 200));
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return count;
}
