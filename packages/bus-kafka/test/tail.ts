import type { Kafka } from 'kafkajs';
import { readHeaders } from '../src/headers.ts';

export interface Seen {
  partition: number;
  offset: string;
  key: string | null;
  headers: Record<string, string>;
}

/** Reads a topic from the beginning with a throwaway group, collecting what it sees. */
export async function tail(kafka: Kafka, topic: string) {
  const seen: Seen[] = [];
  const consumer = kafka.consumer({
    groupId: `tail-${topic}-${Math.random().toString(36).slice(2)}`,
    maxWaitTimeInMs: 200,
  });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      seen.push({
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? null,
        headers: readHeaders(message.headers),
      });
    },
  });
  return { seen, stop: () => consumer.disconnect() };
}
