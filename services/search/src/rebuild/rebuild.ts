import type { Sql } from '@playbook/db/client';
import type { Kafka } from 'kafkajs';
import { INDEX_CONSUMER } from '../consumers/index-every-record.consumer.ts';
import { forgetIndex } from '../documents/documents.store.ts';

/**
 * Rebuilds the index from the topics: every topic of the module's consumer group back to its
 * earliest offset, the index emptied and the indexing consumer's inbox rows forgotten (the access
 * projection's stay: its replayed facts are skipped as duplicates). Run it with the module stopped —
 * Kafka resets a group only without members; the next start replays and rebuilds.
 */
export async function rebuildIndex(options: { sql: Sql; kafka: Kafka; group: string }): Promise<{ topics: string[] }> {
  const admin = options.kafka.admin();
  await admin.connect();
  try {
    const committed = await admin.fetchOffsets({ groupId: options.group });
    const topics = committed.map((t) => t.topic);
    for (const topic of topics) await admin.resetOffsets({ groupId: options.group, topic, earliest: true });
    await options.sql.begin((tx) => forgetIndex(tx, INDEX_CONSUMER));
    return { topics };
  } finally {
    await admin.disconnect();
  }
}
