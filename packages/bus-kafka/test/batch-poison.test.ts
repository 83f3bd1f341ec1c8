import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { deadLetterTopic, DLQ_HEADER, HEADER } from '../src/headers.ts';
import { redriveDeadLetters } from '../src/replay.ts';
import { busHarness, probeMessageId, type BusHarness, type Probe } from './harness.ts';
import { tail } from './tail.ts';

let h: BusHarness | undefined;
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  await h?.close();
});

const byKey = (rows: { key: string; seq: number }[]) => {
  const keys = new Map<string, number[]>();
  for (const row of rows) keys.set(row.key, [...(keys.get(row.key) ?? []), row.seq]);
  return Object.fromEntries(keys);
};

it('isolates a message failing every attempt in the middle of a batch: neighbours once, in order, it dead-lettered', async () => {
  h = await busHarness('batch-poison');
  const poison: Probe = { key: 'w1', seq: 5, note: 'poison' };
  const stream: Probe[] = [];
  for (let seq = 0; seq < 10; seq++)
    for (const key of ['w0', 'w1', 'w2', 'w3']) stream.push(key === 'w1' && seq === 5 ? poison : { key, seq });
  // Everything is on the topic before the consumer starts, so each partition arrives as one batch.
  await h.publish(stream);
  const relay = h.relay();
  await relay.start();
  await eventually(async () => expect(await relay.backlog()).toBe(0));

  const group = h.group('batch-poison');
  let fixed = false;
  let poisonAttempts = 0;
  const consumer = h.consumer(group, {
    maxAttempts: 3,
    retryBaseMs: 20,
    subscriptions: [h.recordProbe((note) => note === 'poison' && !fixed && ++poisonAttempts > 0)],
  });
  await consumer.start();

  const dlq = deadLetterTopic(h.topic, group);
  await eventually(async () => expect(await h!.wireCount(dlq)).toBe(1));
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));

  // The neighbours, before and after the poison on its partition, each handled exactly once, in key order.
  const effects = await h.effects();
  expect(effects).toHaveLength(stream.length - 1);
  expect(new Set(effects.map((r) => r.message_id)).size).toBe(stream.length - 1);
  expect(effects.some((r) => r.note === 'poison')).toBe(false);
  const upTo10 = Array.from({ length: 10 }, (_, i) => i);
  expect(byKey(effects)).toEqual({ w0: upTo10, w1: upTo10.filter((s) => s !== 5), w2: upTo10, w3: upTo10 });
  expect(await h.duplicatesSeen(group)).toBe(0);
  // They were committed in batches: inbox rows of one transaction share its timestamp.
  const [inbox] = await h.db.sql<{ rows: number; transactions: number }[]>`
    select count(*)::int as rows, count(distinct processed_at)::int as transactions from inbox`;
  expect(inbox!.rows).toBe(stream.length - 1);
  expect(inbox!.transactions).toBeLessThan(10);
  expect(poisonAttempts).toBeGreaterThanOrEqual(3);

  // Parked with the reason.
  const parked = await tail(h.kafka, dlq);
  stops.push(parked.stop);
  await eventually(() => expect(parked.seen).toHaveLength(1));
  expect(parked.seen[0]!.key).toBe('w1');
  expect(parked.seen[0]!.headers).toMatchObject({
    [HEADER.messageId]: probeMessageId(poison),
    [DLQ_HEADER.error]: 'cannot record probe w1:5',
    [DLQ_HEADER.errorCode]: 'BUS.HANDLER_FAILED',
    [DLQ_HEADER.attempts]: '3',
    [DLQ_HEADER.consumer]: group,
  });

  // A re-drive after the fix handles it once.
  fixed = true;
  expect(await redriveDeadLetters(h.kafka, h.topic, group)).toBe(1);
  await eventually(async () => expect((await h!.effects()).filter((r) => r.note === 'poison')).toHaveLength(1));
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  const all = await h.effects();
  expect(all).toHaveLength(stream.length);
  expect(new Set(all.map((r) => r.message_id)).size).toBe(stream.length);
});
