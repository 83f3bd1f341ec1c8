import type { Sql } from '@playbook/db/client';

export interface RetentionOptions {
  /** Published outbox rows older than this are deleted (unpublished rows never are). */
  outboxAfterMs: number;
  /**
   * Inbox rows older than this are deleted. Keep it longer than any redelivery can reach back
   * (the topic's retention, a replay from earliest): a message older than its inbox row is handled again.
   */
  inboxAfterMs: number;
  /** Rows per DELETE statement, so no statement holds locks or builds WAL for long. */
  batchSize?: number;
  /** Statements per run per table; what is left waits for the next run. */
  maxBatches?: number;
}

export const DEFAULT_RETENTION: Required<RetentionOptions> = {
  outboxAfterMs: 7 * 24 * 3600_000,
  inboxAfterMs: 14 * 24 * 3600_000,
  batchSize: 1000,
  maxBatches: 50,
};

/** Deletes expired outbox and inbox rows in bounded batches, oldest first; returns how many of each. */
export async function deleteExpired(sql: Sql, options: RetentionOptions): Promise<{ outbox: number; inbox: number }> {
  const { batchSize, maxBatches } = { ...DEFAULT_RETENTION, ...options };
  const drain = async (deleteBatch: () => Promise<number>) => {
    let total = 0;
    for (let i = 0; i < maxBatches; i++) {
      const deleted = await deleteBatch();
      total += deleted;
      if (deleted < batchSize) break;
    }
    return total;
  };
  const outbox = await drain(async () => {
    const result = await sql`
      delete from outbox where seq in (
        select seq from outbox
        where published_at is not null and published_at < now() - ${options.outboxAfterMs} * interval '1 millisecond'
        order by published_at limit ${batchSize})`;
    return result.count;
  });
  const inbox = await drain(async () => {
    const result = await sql`
      delete from inbox where (consumer, message_id) in (
        select consumer, message_id from inbox
        where processed_at < now() - ${options.inboxAfterMs} * interval '1 millisecond'
        order by processed_at limit ${batchSize})`;
    return result.count;
  });
  return { outbox, inbox };
}
