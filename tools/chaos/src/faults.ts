import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Kafka, Producer } from 'kafkajs';

const INFRA = fileURLToPath(new URL('../../../deploy/local/infra.sh', import.meta.url));

/** Restarts one component of this checkout's infrastructure with the infra script (its own ports, never the shared ones). */
export function restartInfra(
  component: 'kafka' | 'postgres',
  from: Record<string, string | undefined> = process.env,
): Promise<void> {
  const env = { ...from };
  // The infra script treats a set DATABASE_URL as "external PostgreSQL": unset, it restarts its own.
  delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [INFRA, 'restart', component], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`infra restart ${component} exited ${code}`)),
    );
  });
}

/**
 * Duplicates on the wire: re-sends every `every`-th message of each topic (same key, value and
 * headers), as a producer retry or a replay would. Reconnects through broker restarts (kafkajs retries).
 */
export async function duplicateEvery(kafka: Kafka, topics: string[], group: string, every: number) {
  let stopping = false;
  // kafkajs restarts a crashed consumer (a broker restart crashes it); once stopped, a restart would
  // bring back a duplicator nobody stops, still re-sending while chaos waits for the modules to settle.
  const consumer = kafka.consumer({ groupId: group, retry: { restartOnFailure: async () => !stopping } });
  const producer: Producer = kafka.producer();
  const seen = new Map<string, number>();
  let sent = 0;
  await Promise.all([consumer.connect(), producer.connect()]);
  await consumer.subscribe({ topics, fromBeginning: false });
  await consumer.run({
    eachMessage: async ({ topic, message }) => {
      const n = (seen.get(topic) ?? 0) + 1;
      seen.set(topic, n);
      if (n % every !== 0) return;
      await producer.send({ topic, messages: [{ key: message.key, value: message.value, headers: message.headers }] });
      sent++;
    },
  });
  return {
    sent: () => sent,
    async stop() {
      stopping = true;
      await consumer.disconnect().catch(() => {});
      await producer.disconnect().catch(() => {});
    },
  };
}

/** Poison: messages no consumer can decode (not Avro, or Avro of no registered schema). */
export async function sendPoison(kafka: Kafka, topic: string, count: number): Promise<number> {
  const producer = kafka.producer();
  await producer.connect();
  const messages = Array.from({ length: count }, (_, i) => ({
    key: `poison-${i}`,
    value: i % 2 ? Buffer.from(`not avro ${i}`) : Buffer.from([0, 0xff, 0xff, 0xff, 0xf0, 1, 2, 3]),
    headers: { 'ce-type': 'playbook.vendors.VendorEngaged' },
  }));
  await producer.send({ topic, messages });
  await producer.disconnect();
  return count;
}

export interface DeadLetters {
  /** Distinct poison messages dead-lettered, per consumer group (each should hold every poison message). */
  poisonPerGroup: Record<string, number>;
  /** Poison dead letters in all, repeats included (a consumer killed before committing parks its message again). */
  poisonLetters: number;
  /** Any other message dead-lettered, with its reason: each is an effect a consumer gave up on. */
  others: { group: string; code: string; error: string }[];
  /** Letters on the dead-letter topics when reading began, and how many of them were read. */
  onTopics: number;
  read: number;
}

/** Reads every dead-letter topic of `topics` from the start: which messages, which group, and why. */
export async function deadLetters(kafka: Kafka, topics: string[], group: string): Promise<DeadLetters> {
  const admin = kafka.admin();
  await admin.connect();
  const dlqs = (await admin.listTopics()).filter((t) => topics.some((topic) => t.startsWith(`${topic}.dlq.`)));
  let expected = 0;
  for (const dlq of dlqs)
    for (const p of await admin.fetchTopicOffsets(dlq)) expected += Number(p.high) - Number(p.low);
  await admin.disconnect();
  const found: DeadLetters = { poisonPerGroup: {}, poisonLetters: 0, others: [], onTopics: expected, read: 0 };
  const seen = new Set<string>();
  if (expected === 0) return found;
  const consumer = kafka.consumer({ groupId: group });
  await consumer.connect();
  await consumer.subscribe({ topics: dlqs, fromBeginning: true });
  let read = 0;
  await new Promise<void>((resolve) => {
    // Bounded: a reader that could not read every letter says so (`read` < `onTopics`).
    const timer = setTimeout(resolve, 90_000);
    void consumer.run({
      eachMessage: async ({ message }) => {
        const header = (name: string) => message.headers?.[name]?.toString() ?? '';
        const consumerGroup = header('dlq-consumer');
        const key = message.key?.toString() ?? '';
        if (key.startsWith('poison-')) {
          found.poisonLetters++;
          if (!seen.has(`${consumerGroup}/${key}`))
            found.poisonPerGroup[consumerGroup] = (found.poisonPerGroup[consumerGroup] ?? 0) + 1;
          seen.add(`${consumerGroup}/${key}`);
        } else
          found.others.push({
            group: consumerGroup,
            code: header('dlq-error-code'),
            error: header('dlq-error').slice(0, 200),
          });
        if (++read >= expected) {
          clearTimeout(timer);
          resolve();
        }
      },
    });
  });
  await consumer.disconnect();
  found.read = read;
  return found;
}
