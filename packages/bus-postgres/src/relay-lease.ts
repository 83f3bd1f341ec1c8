import type { Sql } from '@playbook/db/client';
import { outboxReader } from './outbox-reader.ts';
import { deleteExpired, type RetentionOptions } from './retention.ts';

/**
 * Leadership of one schema's outbox relay: a session advisory lock held on one reserved
 * connection. The relay reads and marks through that same connection, so a relay whose session
 * ended (and with it the lock) fails there instead of marking rows a new leader now sends.
 */
export function relayLeadership(sql: Sql, schema: string) {
  const lockKey = `relay:${schema}`;
  return {
    /** The lease when this instance became leader; undefined when another instance holds it. */
    async tryAcquire() {
      const connection = await sql.reserve();
      try {
        const [row] = await connection<{ locked: boolean }[]>`
          select pg_try_advisory_lock(hashtext(${lockKey})) as locked`;
        if (row?.locked) {
          // The lease's writes (marking rows published, retention) need not wait for the WAL flush:
          // a mark lost in a database crash means the rows are sent again, which consumers discard
          // as duplicates, exactly as after a relay crash between send and mark.
          await connection`set synchronous_commit = off`;
          const reader = outboxReader(connection, schema);
          return {
            unpublished: reader.unpublished,
            markPublished: reader.markPublished,
            deleteExpired: (options: RetentionOptions) => deleteExpired(connection, options),
            async release() {
              await connection`reset synchronous_commit`.catch(() => {});
              await connection`select pg_advisory_unlock(hashtext(${lockKey}))`.catch(() => {});
              connection.release();
            },
          };
        }
      } catch (error) {
        connection.release();
        throw error;
      }
      connection.release();
      return undefined;
    },
  };
}
export type RelayLease = NonNullable<Awaited<ReturnType<ReturnType<typeof relayLeadership>['tryAcquire']>>>;
