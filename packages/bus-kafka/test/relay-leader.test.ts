import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { busHarness, probes, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
afterAll(() => h?.close());

it('keeps order per key when the leading relay stops mid-stream and a standby takes over', async () => {
  h = await busHarness('relay-leader');
  const all = probes(10, 30); // 300 events on 10 keys
  await h.publish(all);
  const group = h.group('relay-leader');
  const consumer = h.consumer(group);
  await consumer.start();

  // Small batches, so the hand-over falls in the middle of the stream.
  let sentByFirst = 0;
  const first = h.relay({
    batchSize: 20,
    afterSend: (rows) => {
      sentByFirst += rows.length;
    },
  });
  await first.start();
  await eventually(() => expect(sentByFirst).toBeGreaterThanOrEqual(40), { intervalMs: 5 });
  const standby = h.relay({ batchSize: 20 });
  await standby.start(); // waits for the lock while the first one leads
  await first.stop();
  const handedOverAt = sentByFirst;
  expect(handedOverAt).toBeLessThan(all.length);

  await eventually(async () => expect(await standby.backlog()).toBe(0), { timeoutMs: 60_000 });
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  const rows = await h.effects(); // in the order they were handled
  expect(new Set(rows.map((r) => r.message_id)).size).toBe(all.length);
  const byKey = new Map<string, number[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row.seq]);
  const expected = Array.from({ length: 30 }, (_, i) => i);
  for (const [key, seqs] of byKey) expect({ key, seqs }).toEqual({ key, seqs: expected });
  expect(sentByFirst).toBe(handedOverAt); // the first relay sent nothing after it stopped
});
