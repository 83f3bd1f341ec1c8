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

const countEffects = async (harness: BusHarness) => {
  const [row] = await harness.db.sql<{ n: number; distinct: number }[]>`
    select count(*)::int as n, count(distinct message_id)::int as distinct from effects`;
  return row!;
};

it('a consumer SIGKILLed mid-batch and replaced in the same group has every effect exactly once', async () => {
  h = await busHarness('consumer-crash');
  const all = probes(20, 15); // 300 messages, all on the topic before the consumer starts
  await h.publish(all);
  const relay = h.relay();
  await relay.start();
  await eventually(async () => expect(await relay.backlog()).toBe(0));
  expect(await h.wireCount()).toBe(all.length);

  const group = h.group('consumer-crash');
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
      CHILD_HANDLER_DELAY_MS: '5',
    },
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
    child!.on('exit', (code, signal) => resolve(signal ?? code)),
  );

  // Kill it for real once it has handled some, but not all, of the stream.
  await eventually(async () => expect((await countEffects(h!)).n).toBeGreaterThanOrEqual(60), { intervalMs: 10 });
  child.kill('SIGKILL');
  expect(await exited).toBe('SIGKILL');
  const handledByChild = (await countEffects(h)).n;
  expect(handledByChild).toBeLessThan(all.length);

  const successor = h.consumer(group);
  await successor.start();
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true), { timeoutMs: 60_000 });

  expect(await countEffects(h)).toEqual({ n: all.length, distinct: all.length });
  // Handled by the child but not committed before the kill: redelivered, and discarded by the inbox.
  const duplicates = await h.duplicatesSeen(group);
  expect(duplicates).toBeGreaterThan(0);
  expect(duplicates).toBeLessThanOrEqual(handledByChild);
  const [inbox] = await h.db.sql<{ n: number }[]>`select count(*)::int as n from inbox where consumer = 'record-probe'`;
  expect(inbox!.n).toBe(all.length);
});
