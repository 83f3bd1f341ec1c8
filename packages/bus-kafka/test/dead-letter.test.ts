import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { deadLetterTopic, DLQ_HEADER, HEADER } from '../src/headers.ts';
import { redriveDeadLetters, resetConsumerGroup } from '../src/replay.ts';
import { busHarness, probeMessageId, type BusHarness, type Probe } from './harness.ts';
import { tail } from './tail.ts';

let h: BusHarness | undefined;
const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  await h?.close();
});

it('parks a poison message after the retries, moves on, and re-drives it once after a fix', async () => {
  h = await busHarness('dead-letter');
  const group = h.group('dead-letter');
  let fixed = false;
  const consumer = h.consumer(group, {
    maxAttempts: 3,
    retryBaseMs: 20,
    subscriptions: [h.recordProbe((note) => note === 'poison' && !fixed)],
  });
  await consumer.start();
  const relay = h.relay();
  await relay.start();

  const poison: Probe = { key: 'w1', seq: 1, note: 'poison' };
  const stream: Probe[] = [{ key: 'w1', seq: 0 }, poison, { key: 'w1', seq: 2 }, { key: 'w2', seq: 0 }];
  await h.publish(stream);

  // The message after the poison, on the same key (so the same partition), is still processed.
  await eventually(async () =>
    expect((await h!.effects()).map((r) => `${r.key}:${r.seq}`).sort()).toEqual(['w1:0', 'w1:2', 'w2:0']),
  );
  const dlq = deadLetterTopic(h.topic, group);
  await eventually(async () => expect(await h!.wireCount(dlq)).toBe(1));

  const original = await tail(h.kafka, h.topic);
  const parked = await tail(h.kafka, dlq);
  stops.push(original.stop, parked.stop);
  await eventually(() => expect(parked.seen).toHaveLength(1));
  await eventually(() => expect(original.seen).toHaveLength(stream.length));
  const letter = parked.seen[0]!;
  const source = original.seen.find((m) => m.headers[HEADER.messageId] === probeMessageId(poison))!;
  expect(letter.key).toBe('w1');
  expect(letter.headers).toMatchObject({
    [HEADER.messageId]: probeMessageId(poison),
    [DLQ_HEADER.error]: 'cannot record probe w1:1',
    [DLQ_HEADER.errorCode]: 'BUS.HANDLER_FAILED',
    [DLQ_HEADER.attempts]: '3',
    [DLQ_HEADER.consumer]: group,
    [DLQ_HEADER.originalTopic]: h.topic,
    [DLQ_HEADER.originalPartition]: String(source.partition),
    [DLQ_HEADER.originalOffset]: source.offset,
  });

  // Fix the handler, re-drive: handled exactly once.
  fixed = true;
  expect(await redriveDeadLetters(h.kafka, h.topic, group)).toBe(1);
  const poisonEffects = async () => (await h!.effects()).filter((r) => r.note === 'poison');
  await eventually(async () => expect(await poisonEffects()).toHaveLength(1));

  // Re-driving again sends nothing: the redrive group remembers; the effect stays single.
  expect(await redriveDeadLetters(h.kafka, h.topic, group)).toBe(0);
  const onWire = await h.wireCount();
  expect(onWire).toBe(stream.length + 1);
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  expect(await poisonEffects()).toHaveLength(1);
  expect(await h.effects()).toHaveLength(stream.length);
  expect(await h.wireCount(dlq)).toBe(1);

  // Even a forced second re-drive (its progress reset) puts a copy on the wire that the inbox discards.
  await resetConsumerGroup(h.kafka, `${group}.redrive`, dlq, 'earliest');
  expect(await redriveDeadLetters(h.kafka, h.topic, group)).toBe(1);
  expect(await h.wireCount()).toBe(stream.length + 2);
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  expect(await h.duplicatesSeen(group)).toBe(1);
  expect(await poisonEffects()).toHaveLength(1);
});
