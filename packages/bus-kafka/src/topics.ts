import type { Admin } from 'kafkajs';

export interface EnsureTopicsOptions {
  numPartitions: number;
  /** How long to wait for every partition to have a leader the broker knows of. */
  timeoutMs?: number;
}

const NOT_YET = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE']);

/**
 * Creates the topics that do not exist yet and returns once the broker serves every partition.
 *
 * Why not `createTopics({ waitForLeaders: true })`: on a KRaft broker a new topic's metadata reaches
 * the broker after the controller has created it, and until then metadata requests answer
 * UNKNOWN_TOPIC_OR_PARTITION ("This server does not host this topic-partition"); kafkajs only
 * retries LEADER_NOT_AVAILABLE and fails the caller — a service's start, a test's setup. And when
 * another service created some of the topics a moment earlier, kafkajs skips the wait altogether.
 */
export async function ensureTopics(admin: Admin, topics: string[], options: EnsureTopicsOptions): Promise<void> {
  const wanted = [...new Set(topics)];
  const existing = new Set(await admin.listTopics());
  const missing = wanted.filter((topic) => !existing.has(topic));
  if (missing.length > 0) {
    try {
      await admin.createTopics({
        waitForLeaders: false,
        topics: missing.map((topic) => ({ topic, numPartitions: options.numPartitions })),
      });
    } catch (error) {
      if (!createdElsewhere(error)) throw error;
    }
  }
  await untilServed(admin, wanted, options.timeoutMs ?? 30_000);
}

async function untilServed(admin: Admin, topics: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
    try {
      const { topics: found } = await admin.fetchTopicMetadata({ topics });
      const served = found.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0));
      if (served && found.length === topics.length) return;
    } catch (error) {
      if (!NOT_YET.has((error as { type?: string }).type ?? '')) throw error;
    }
    if (Date.now() > deadline)
      throw new Error(`topics not served by the broker within ${timeoutMs} ms: ${topics.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}

/** Every failure is TOPIC_ALREADY_EXISTS: another service or test created them first. */
function createdElsewhere(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors;
  const all = Array.isArray(errors) && errors.length > 0 ? errors : [error as { type?: string }];
  return all.every((e) => e?.type === 'TOPIC_ALREADY_EXISTS');
}
