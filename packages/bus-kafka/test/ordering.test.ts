import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { busHarness, type BusHarness, type Probe } from './harness.ts';

let h: BusHarness | undefined;
afterAll(() => h?.close());

const KEYS = 50;
const PER_KEY = 40;
const WORKERS = 10; // each owns KEYS / WORKERS keys and commits one transaction per step

it('keeps order per key under concurrent transactions across many keys', async () => {
  h = await busHarness('ordering');
  const group = h.group('ordering');
  const consumer = h.consumer(group);
  await consumer.start();
  const relay = h.relay();
  await relay.start();

  // Relay and consumer run while 10 transactions at a time commit, each carrying the next
  // event of 5 keys: the outbox sees interleaved, concurrently committed sequences.
  await Promise.all(
    Array.from({ length: WORKERS }, async (_, w) => {
      const keys = Array.from({ length: KEYS / WORKERS }, (_, i) => `k${w * (KEYS / WORKERS) + i}`);
      for (let seq = 0; seq < PER_KEY; seq++) {
        const step: Probe[] = keys.map((key) => ({ key, seq }));
        await h!.publishTogether(step, `w${w}:${seq}`);
      }
    }),
  );

  await eventually(async () => expect(await h!.effects()).toHaveLength(KEYS * PER_KEY), { timeoutMs: 60_000 });
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  const rows = await h.effects(); // in the order they were handled
  expect(new Set(rows.map((r) => r.message_id)).size).toBe(KEYS * PER_KEY);

  const byKey = new Map<string, number[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.seq]);
  expect(byKey.size).toBe(KEYS);
  const expected = Array.from({ length: PER_KEY }, (_, i) => i);
  for (const [key, seqs] of byKey) expect({ key, seqs }).toEqual({ key, seqs: expected });
});
