import type { Sql } from '@playbook/db/client';
import postgres from 'postgres';
import { outboxReader } from './outbox-reader.ts';
import { deleteExpired, type RetentionOptions } from './retention.ts';

/** Thrown by a lease whose session has ended: the advisory lock went with it. */
export class RelayLeaseLost extends Error {
  constructor(schema: string) {
    super(`the outbox relay's lease of ${schema} is lost: its database session ended`);
    this.name = 'RelayLeaseLost';
  }
}

/**
 * Leadership of one schema's outbox relay: a session advisory lock held on a connection of its
 * own (a client of one connection, with the pool's settings), through which the relay also reads
 * and marks. Not a connection reserved from the pool: postgres.js runs a reserved connection's
 * queries on it after the server closed it (a PostgreSQL restart), where they hang or throw from
 * a timer ("Cannot read properties of null (reading 'write')") — a relay stopped relaying for good
 * under chaos that way. Here the end of the session is seen (onclose), the lease refuses every
 * query after it, and the relay takes leadership again on a new session.
 */
export function relayLeadership(sql: Sql, schema: string) {
  const lockKey = `relay:${schema}`;
  return {
    /** The lease when this instance became leader; undefined when another instance holds it. */
    async tryAcquire() {
      let lost = false;
      // The pool's parsed options (postgres.js takes them as they are); its own reconnect counter.
      const pool = sql.options as typeof sql.options & { shared: { typeArrayMap: object } };
      const session = postgres({
        ...pool,
        shared: { retries: 0, typeArrayMap: pool.shared.typeArrayMap },
        max: 1,
        idle_timeout: null,
        max_lifetime: null,
        onclose: () => {
          lost = true;
        },
      } as unknown as postgres.Options<Record<string, never>>);
      const end = () => session.end({ timeout: 5 }).catch(() => {});
      try {
        const [row] = await session<{ locked: boolean }[]>`
          select pg_try_advisory_lock(hashtext(${lockKey})) as locked`;
        if (!row?.locked || lost) {
          await end();
          return undefined;
        }
        // The lease's writes (marking rows published, retention) need not wait for the WAL flush:
        // a mark lost in a database crash means the rows are sent again, which consumers discard
        // as duplicates, exactly as after a relay crash between send and mark.
        await session`set synchronous_commit = off`;
      } catch (error) {
        await end();
        throw error;
      }
      const reader = outboxReader(session, schema);
      const held =
        <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          if (lost) throw new RelayLeaseLost(schema);
          return query(...args);
        };
      return {
        unpublished: held(reader.unpublished),
        markPublished: held(reader.markPublished),
        deleteExpired: held((options: RetentionOptions) => deleteExpired(session, options)),
        /** Ends the session, and with it the lock. */
        release: end,
      };
    },
  };
}
export type RelayLease = NonNullable<Awaited<ReturnType<ReturnType<typeof relayLeadership>['tryAcquire']>>>;
