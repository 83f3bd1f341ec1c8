import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';

// postgres.js 3.4.9 buffers a small write behind setImmediate; when the connection closes first,
// that write lands on a null socket and throws from the immediate — uncatchable, the process dies
// (porsager/postgres#1154, #1208). A PostgreSQL restart did exactly that to every module at once.
// patches/postgres+3.4.9.patch guards it; these tests fail without the patch.
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL is not set: source .playbook/env (npm run infra -- up) first');

const killer = postgres(adminUrl, { max: 1, onnotice: () => {} });
afterAll(() => killer.end());

/** Uncaught exceptions while `run` runs (vitest would report them too, but only after the file). */
async function uncaughtDuring(run: () => Promise<void>): Promise<unknown[]> {
  const caught: unknown[] = [];
  const listener = (error: unknown) => caught.push(error);
  process.prependListener('uncaughtException', listener);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 200)); // the immediates that would throw
  } finally {
    process.removeListener('uncaughtException', listener);
  }
  return caught;
}

const backendOf = async (query: postgres.Sql | postgres.TransactionSql) =>
  (await query<{ pid: number }[]>`select pg_backend_pid() as pid`)[0]!.pid;

describe('a connection whose backend dies mid-transaction', () => {
  it('rejects the transaction with a catchable error, and the pool goes on with a new connection', async () => {
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      let outcome: unknown;
      const uncaught = await uncaughtDuring(async () => {
        let pid: number | undefined;
        // Settled from the start: the transaction may fail before the kill's own answer arrives.
        const settled = sql
          .begin(async (t) => {
            pid = await backendOf(t);
            await t`select pg_sleep(5)`; // in flight when the backend is terminated
          })
          .then(
            () => 'committed',
            (error: Error & { code?: string }) => error.code ?? error.message,
          );
        while (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
        await killer`select pg_terminate_backend(${pid})`;
        outcome = await settled;
      });
      expect(uncaught).toEqual([]);
      expect(outcome).not.toBe('committed');
      expect((await sql`select 1 as one`)[0]!.one).toBe(1);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  it('a reserved connection whose backend died rejects its next query instead of crashing', async () => {
    const sql = postgres(adminUrl, { max: 2, onnotice: () => {} });
    try {
      const reserved = await sql.reserve();
      const pid = await backendOf(reserved);
      const results: string[] = [];
      const uncaught = await uncaughtDuring(async () => {
        await killer`select pg_terminate_backend(${pid})`;
        for (let i = 0; i < 3; i++) {
          results.push(
            await reserved`select 1`.then(
              () => 'ok',
              (error: Error & { code?: string }) => error.code ?? error.message,
            ),
          );
        }
        reserved.release();
      });
      expect(uncaught).toEqual([]);
      expect(results[0]).not.toBe('ok');
      expect((await sql`select 1 as one`)[0]!.one).toBe(1);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  it('a transaction killed while others queue: every query after it is answered, none hangs on the reconnect', async () => {
    const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
    try {
      const answered = (query: Promise<unknown>) =>
        Promise.race([
          query.then(
            () => 'ok',
            (error: Error & { code?: string }) => error.code ?? error.message,
          ),
          new Promise((resolve) => setTimeout(() => resolve('no answer in 20 s'), 20_000).unref()),
        ]);
      const outcomes: unknown[] = [];
      const uncaught = await uncaughtDuring(async () => {
        let pid: number | undefined;
        const transaction = answered(
          sql.begin(async (t) => {
            pid = await backendOf(t);
            await t`select pg_sleep(5)`;
          }),
        );
        while (pid === undefined) await new Promise((resolve) => setTimeout(resolve, 20));
        // Queued behind the transaction on the pool's one connection: they run on its reconnect.
        const queued = Array.from({ length: 5 }, (_, i) => answered(sql`select ${i}::int as i`));
        await killer`select pg_terminate_backend(${pid})`;
        outcomes.push(await transaction, ...(await Promise.all(queued)));
      });
      expect(uncaught).toEqual([]);
      expect(outcomes[0]).not.toBe('ok');
      expect(outcomes).not.toContain('no answer in 20 s');
      expect((await sql`select 1 as one`)[0]!.one).toBe(1);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});
