import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Sql } from '@playbook/db/client';

export interface OutboxRow {
  seq: string;
  id: string;
  topic: string;
  key: string;
  type: string;
  payload: AnyEnvelope;
  headers: Record<string, string>;
}

/** The relay's view of the outbox: oldest unpublished rows first, so order per key holds. */
export function outboxReader(sql: Sql, schema: string) {
  return {
    /**
     * The oldest unpublished rows, leaving out `excluding` (seqs being sent and not yet marked, so
     * the next batch can be read while they are).
     */
    async unpublished(limit: number, excluding: string[] = []): Promise<OutboxRow[]> {
      // `order by outbox.seq`, not `order by seq`: a bare name means the output column, here the
      // text cast, which sorts "154" before "93" and breaks the order per key.
      // `not in (select unnest …)`: a hashed lookup per row; `<> all(array)` compared every pair.
      const skip =
        excluding.length > 0 ? sql`and outbox.seq not in (select unnest(${sql.array(excluding)}::bigint[]))` : sql``;
      return sql<OutboxRow[]>`
        select seq::text as seq, id::text as id, topic, key, type, payload, headers
        from outbox where published_at is null ${skip} order by outbox.seq limit ${limit}`;
    },
    async markPublished(seqs: string[]): Promise<void> {
      if (seqs.length === 0) return;
      await sql`update outbox set published_at = now() where seq = any(${sql.array(seqs)}::bigint[])`;
    },
    async backlog(): Promise<number> {
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from outbox where published_at is null`;
      return row?.n ?? 0;
    },
    /** Calls `onInsert` whenever a transaction inserts outbox rows; resolves to an unlisten function. */
    async listen(onInsert: () => void): Promise<() => Promise<void>> {
      const { unlisten } = await sql.listen(`${schema}_outbox`, onInsert);
      return unlisten;
    },
  };
}
export type OutboxReader = ReturnType<typeof outboxReader>;
