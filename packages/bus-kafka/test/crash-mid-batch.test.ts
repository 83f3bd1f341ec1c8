import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { busHarness, probes, type BusHarness } from './harness.ts';

const CHILD = fileURLToPath(new URL('./fixtures/consumer-child.ts', import.meta.url));
let h: BusHarness | undefined;
let child: ChildProcess | undefined;
afterAll(async () => {
  child?.kill('SIGKILL');
  await h?.close();
});

it('a consumer killed inside an open batch transaction loses nothing and doubles nothing', async () => {
  h = await busHarness('crash-mid-batch');
  const all = probes(12, 10); // 120 messages, about 40 per partition, all on the topic before the consumer starts
  await h.publish(all);
  const relay = h.relay();
  await relay.start();
  await eventually(async () => expect(await relay.backlog()).toBe(0));

  const group = h.group('crash-mid-batch');
  child = fork(CHILD, [], {
    execPath: process.execPath,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: {
      ...process.env,
      CHILD_SCHEMA: h.db.schema,
      CHILD_DATABASE_URL: h.db.url,
      CHILD_NAMESPACE: h.namespace,
      CHILD_TOPIC: h.topic,
      CHILD_GROUP: group,
      CHILD_HANDLER_DELAY_MS: '1',
      CHILD_BATCH_SIZE: '500',
      CHILD_STALL_ON: 'k5:6', // its effect is written, then its handler never returns
    },
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child!.on('exit', (code, signal) => resolve(signal ?? code)),
  );
  await new Promise<void>((resolve) => child!.stdout!.on('data', (d: Buffer) => d.includes('stalled') && resolve()));
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');

  // The stalled batch wrote k5:6 and the messages before it on its partition, and committed none of them.
  const before = await h.effects();
  expect(before.some((r) => r.key === 'k5' && r.seq === 6)).toBe(false);
  expect(before.some((r) => r.key === 'k5')).toBe(false);

  const successor = h.consumer(group);
  await successor.start();
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true), { timeoutMs: 60_000 });
  const after = await h.effects();
  expect(after).toHaveLength(all.length);
  expect(new Set(after.map((r) => r.message_id)).size).toBe(all.length);
  const [inbox] = await h.db.sql<{ n: number }[]>`select count(*)::int as n from inbox where consumer = 'record-probe'`;
  expect(inbox!.n).toBe(all.length);
});
