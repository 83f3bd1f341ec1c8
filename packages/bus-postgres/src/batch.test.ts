import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxPublisher } from './outbox.ts';
import { outboxReader } from './outbox-reader.ts';
import { deleteExpired } from './retention.ts';
import { cause, options, probe, testSchema } from './test-schema.ts';
import { postgresUnitOfWork } from './unit-of-work.ts';

const statements: string[] = [];
let db: Awaited<ReturnType<typeof testSchema>>;
beforeAll(async () => {
  db = await testSchema('t_batch', (query) => statements.push(query));
});
afterAll(() => db?.drop());

/** Statements sent while `fn` runs that insert into the outbox. */
const outboxInserts = async (fn: () => Promise<unknown>) => {
  statements.length = 0;
  await fn();
  return statements.filter((q) => /insert into outbox/i.test(q)).length;
};

describe('outbox writes', () => {
  it('writes the events a command publishes together in one INSERT, in order', async () => {
    const inserts = await outboxInserts(() =>
      db.sql.begin((tx) => {
        const publisher = outboxPublisher(tx, cause('together'), options);
        return Promise.all(Array.from({ length: 10 }, (_, i) => publisher.publish(probe('together', i))));
      }),
    );
    expect(inserts).toBe(1);
    const rows = (await outboxReader(db.sql, db.schema).unpublished(100)).filter((r) => r.key === 'together');
    expect(rows.map((r) => (r.payload.payload as { sequence: number }).sequence)).toEqual(
      Array.from({ length: 10 }, (_, i) => i),
    );
  });

  it('keeps keys and payload text exactly as published: quotes, backslashes, newlines, non-ASCII', async () => {
    const key = 'k "q" \\ back\nline – ü 日本 😀';
    const note = '{"not": "json"} \\" \u2028 \t end';
    await db.sql.begin((tx) =>
      outboxPublisher(tx, cause('awkward'), options).publish({
        ...probe(key, 7),
        payload: { ...probe(key, 7).payload, note },
      }),
    );
    const rows = (await outboxReader(db.sql, db.schema).unpublished(1000)).filter((r) => r.key === key);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.payload.payload).toEqual({ probeId: key, sequence: 7, sentAtMs: 0, note });
  });

  it('writes the events of a command that awaits each publish in one INSERT at flush, in order', async () => {
    const uow = postgresUnitOfWork(db.sql, options);
    const inserts = await outboxInserts(() =>
      db.sql.begin(async (tx) => {
        const outbox = uow.deferredPublisher(tx, cause('awaited'));
        for (let i = 0; i < 5; i++) await outbox.publisher.publish(probe('awaited', i));
        await outbox.flush();
      }),
    );
    expect(inserts).toBe(1);
    const rows = (await outboxReader(db.sql, db.schema).unpublished(100)).filter((r) => r.key === 'awaited');
    expect(rows.map((r) => (r.payload.payload as { sequence: number }).sequence)).toEqual([0, 1, 2, 3, 4]);
  });

  it('writes every event of a batch of handlings in one INSERT, and claims the inbox in one statement', async () => {
    const uow = postgresUnitOfWork(db.sql, options);
    const claims = Array.from({ length: 10 }, (_, i) => ({ consumer: 'c-batch', messageId: `m-${i}` }));
    statements.length = 0;
    await uow.runBatch(claims, async (scope) => {
      for (const [i, claim] of claims.entries()) {
        expect(scope.take(claim.consumer, claim.messageId)).toBe(true);
        const publisher = scope.publisher(cause(claim.messageId));
        await publisher.publish(probe('fan-out', 2 * i));
        await publisher.publish(probe('fan-out', 2 * i + 1));
      }
    });
    expect(statements.filter((q) => /insert into outbox/i.test(q))).toHaveLength(1);
    expect(statements.filter((q) => /insert into inbox/i.test(q))).toHaveLength(1);
    const rows = (await outboxReader(db.sql, db.schema).unpublished(500)).filter((r) => r.key === 'fan-out');
    expect(rows.map((r) => (r.payload.payload as { sequence: number }).sequence)).toEqual(
      Array.from({ length: 20 }, (_, i) => i),
    );
  });

  it('writes a large batch in few statements of bounded size, still in order', async () => {
    const inserts = await outboxInserts(() =>
      db.sql.begin((tx) => {
        const publisher = outboxPublisher(tx, cause('large'), options);
        return Promise.all(Array.from({ length: 3000 }, (_, i) => publisher.publish(probe('large', i))));
      }),
    );
    expect(inserts).toBeGreaterThan(1); // ~2.5 MB of rows: more than one statement of at most 1 MiB
    expect(inserts).toBeLessThan(6);
    const rows = (await outboxReader(db.sql, db.schema).unpublished(5000)).filter((r) => r.key === 'large');
    expect(rows.map((r) => (r.payload.payload as { sequence: number }).sequence)).toEqual(
      Array.from({ length: 3000 }, (_, i) => i),
    );
  });
});

describe('runBatch', () => {
  const uow = () => postgresUnitOfWork(db.sql, options);

  it('skips pairs handled before and pairs seen twice in the batch', async () => {
    await uow().runOnce('c-dup', 'before', async () => {});
    const claims = ['before', 'new', 'new'].map((messageId) => ({ consumer: 'c-dup', messageId }));
    const taken = await uow().runBatch(claims, async (scope) => claims.map((c) => scope.take(c.consumer, c.messageId)));
    expect(taken).toEqual([false, true, false]);
  });

  it('commits nothing of the batch when a handler throws: no inbox row, no effect, no event', async () => {
    const claims = ['x-1', 'x-2'].map((messageId) => ({ consumer: 'c-fail', messageId }));
    const failing = uow().runBatch(claims, async (scope) => {
      await scope.tx`insert into effects (what) values ('x-1')`;
      await scope.publisher(cause('x-1')).publish(probe('rolled-back', 0));
      throw new Error('second handler failed');
    });
    await expect(failing).rejects.toThrow('second handler failed');
    expect(await db.sql`select 1 from inbox where consumer = 'c-fail'`).toHaveLength(0);
    expect(await db.sql`select 1 from effects where what = 'x-1'`).toHaveLength(0);
    expect(await db.sql`select 1 from outbox where key = 'rolled-back'`).toHaveLength(0);
  });
});

describe('retention', () => {
  it('deletes only published outbox rows and inbox rows older than their window, in bounded batches', async () => {
    await db.sql`delete from outbox`;
    await db.sql`delete from inbox`;
    for (let i = 0; i < 5; i++)
      await db.sql.begin((tx) => outboxPublisher(tx, cause(`keep-${i}`), options).publish(probe('retention', i)));
    const seqs = (await db.sql<{ seq: string }[]>`select seq::text as seq from outbox order by seq`).map((r) => r.seq);
    const [old1, old2, oldUnpublished, recent] = seqs as [string, string, string, string];
    await db.sql`update outbox set published_at = now() - interval '2 hours' where seq in (${old1}, ${old2})`;
    await db.sql`update outbox set published_at = now() where seq = ${recent}`;
    await db.sql`update outbox set created_at = now() - interval '3 hours' where seq = ${oldUnpublished}`;
    await db.sql`insert into inbox (consumer, message_id, processed_at) values
      ('c', 'old-1', now() - interval '3 days'), ('c', 'old-2', now() - interval '3 days'),
      ('c', 'old-3', now() - interval '3 days'), ('c', 'recent', now() - interval '1 hour')`;

    const deleted = await deleteExpired(db.sql, {
      outboxAfterMs: 3600_000,
      inboxAfterMs: 24 * 3600_000,
      batchSize: 2,
    });

    expect(deleted).toEqual({ outbox: 2, inbox: 3 });
    const left = (await db.sql<{ seq: string }[]>`select seq::text as seq from outbox order by seq`).map((r) => r.seq);
    expect(left).toEqual(seqs.filter((s) => s !== old1 && s !== old2)); // unpublished and recent rows stay
    expect((await db.sql`select message_id from inbox`).map((r) => r.message_id)).toEqual(['recent']);
  });
});
