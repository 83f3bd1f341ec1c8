import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { busHarness, probes, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
afterAll(async () => {
  await h?.close();
});

it('a relay whose database session ends (as in a PostgreSQL restart) leads again on a new one and relays what follows', async () => {
  h = await busHarness('relay-session');
  const relay = h.relay();
  await relay.start();
  await h.publish(probes(2, 3, 'before'));
  await eventually(async () => expect(await h!.wireCount()).toBe(6));

  // The session holding the relay's advisory lock (a bigint key: its low 32 bits are the objid).
  const lockKey = `relay:${h.db.schema}`;
  const holders = () => h!.db.sql<{ pid: number }[]>`
    select pid from pg_locks where locktype = 'advisory' and objsubid = 1
      and objid::bigint = (hashtext(${lockKey})::bigint & 4294967295)`;
  const [holder] = await holders();
  expect(holder).toBeDefined();
  await h.db.sql`select pg_terminate_backend(${holder!.pid})`;

  await h.publish(probes(2, 3, 'after'));
  await eventually(async () => expect(await h!.wireCount()).toBe(12), { timeoutMs: 30_000 });
  expect(await relay.backlog()).toBe(0);
  const [newHolder] = await holders();
  expect(newHolder?.pid).toBeDefined();
  expect(newHolder!.pid).not.toBe(holder!.pid);
});
