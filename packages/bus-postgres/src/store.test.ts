import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cause } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import { connect, type Sql } from '@playbook/db/client';
import { migrate } from '@playbook/db/migrate';
import { dropServiceDatabase, provisionServiceDatabase } from '@playbook/db/provision';
import { busMigrations } from './migrations.ts';
import { outboxPublisher } from './outbox.ts';
import { outboxReader } from './outbox-reader.ts';
import { postgresUnitOfWork } from './unit-of-work.ts';

// Self-contained (no @playbook/testing: it depends on this package). Fails, never skips, without infra.
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl)
  throw new Error(
    'DATABASE_URL is not set: source .playbook/env (npm run infra -- up) before running the bus-postgres tests',
  );

const schema = `t_store_${randomBytes(5).toString('hex')}`;
let sql: Sql;
beforeAll(async () => {
  const url = await provisionServiceDatabase({ adminUrl, schema, password: randomBytes(12).toString('hex') });
  sql = connect({ url, schema, max: 4 });
  await migrate(sql, schema, await busMigrations());
  await sql`create table effects (id serial primary key, what text not null)`;
});
afterAll(async () => {
  await sql?.end();
  await dropServiceDatabase(adminUrl, schema);
});

const options = { producer: { module: 'testkit', connector: null, version: 'test' }, namespace: 'store-test' };
const cause = (key: string): Cause => ({
  correlationId: `corr-${key}`,
  causationId: null,
  actor: { kind: 'system', id: 'test', displayName: null },
  messageIdFor: (type, index) => commandMessageId('testkit', key, type, index),
});
const probe = (key: string, sequence: number) => ({
  type: 'testkit.ProbeRecorded' as const,
  key,
  scope: { orgId: 'o-1' },
  payload: { probeId: key, sequence, sentAtMs: 0, note: null },
});

describe('outbox', () => {
  it('reads unpublished rows in numeric seq order, also past 9 → 10 → 100', async () => {
    for (let i = 0; i < 120; i++)
      await sql.begin((tx) => outboxPublisher(tx, cause(`order-${i}`), options).publish(probe('p', i)));
    const rows = await outboxReader(sql, schema).unpublished(500);
    expect(rows.map((r) => (r.payload.payload as { sequence: number }).sequence)).toEqual(
      Array.from({ length: 120 }, (_, i) => i),
    );
    expect(rows[0]).toMatchObject({ topic: 'store-test.playbook.testkit.v1', key: 'p', type: 'testkit.ProbeRecorded' });
    await outboxReader(sql, schema).markPublished(rows.map((r) => r.seq));
    expect(await outboxReader(sql, schema).backlog()).toBe(0);
  });

  it('writes one row for the same message published twice, and wakes listeners on insert', async () => {
    const reader = outboxReader(sql, schema);
    let woken = 0;
    const unlisten = await reader.listen(() => woken++);
    try {
      await sql.begin((tx) => outboxPublisher(tx, cause('twice'), options).publish(probe('t', 0)));
      await sql.begin((tx) => outboxPublisher(tx, cause('twice'), options).publish(probe('t', 0)));
      const rows = await sql`select id::text as id from outbox where key = 't'`;
      expect(rows.map((r) => r.id)).toEqual([commandMessageId('testkit', 'twice', 'testkit.ProbeRecorded', 0)]);
      await expect.poll(() => woken).toBeGreaterThanOrEqual(1);
    } finally {
      await unlisten();
    }
  });
});

describe('postgresUnitOfWork', () => {
  const uow = () => postgresUnitOfWork(sql, options);

  it('runs a handler once per (consumer, message): the second run is a duplicate with no effect', async () => {
    const run = () =>
      uow().runOnce('c1', 'm-1', async (tx) => {
        await tx`insert into effects (what) values ('m-1')`;
      });
    expect(await run()).toBe('handled');
    expect(await run()).toBe('duplicate');
    expect(await uow().runOnce('c2', 'm-1', async () => {})).toBe('handled'); // another consumer has its own inbox
    expect(await sql`select what from effects where what = 'm-1'`).toHaveLength(1);
  });

  it('rolls back the inbox row, the side effect and the outgoing events together when the handler fails', async () => {
    const failing = uow().runOnce('c1', 'm-2', async (tx) => {
      await tx`insert into effects (what) values ('m-2')`;
      await uow().publisher(tx, cause('m-2')).publish(probe('rollback', 0));
      throw new Error('handler failed');
    });
    await expect(failing).rejects.toThrow('handler failed');
    expect(await sql`select 1 from effects where what = 'm-2'`).toHaveLength(0);
    expect(await sql`select 1 from outbox where key = 'rollback'`).toHaveLength(0);
    expect(await sql`select 1 from inbox where message_id = 'm-2'`).toHaveLength(0);
    // ...so a retry is handled, not mistaken for a duplicate.
    expect(
      await uow().runOnce('c1', 'm-2', async (tx) => {
        await tx`insert into effects (what) values ('m-2')`;
      }),
    ).toBe('handled');
  });
});
