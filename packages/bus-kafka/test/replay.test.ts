import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { resetConsumerGroup } from '../src/replay.ts';
import { busHarness, probes, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
afterAll(() => h?.close());

it('resetting a stopped group to earliest redelivers everything and produces no second effect', async () => {
  h = await busHarness('replay');
  const group = h.group('replay');
  const all = probes(5, 6);
  const relay = h.relay();
  await relay.start();
  await h.publish(all);

  const first = h.consumer(group);
  await first.start();
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  expect(await h.effects()).toHaveLength(all.length);
  await first.stop();

  await resetConsumerGroup(h.kafka, group, h.topic, 'earliest');
  expect(await h.caughtUp(group)).toBe(false);
  const [committed] = await h.admin.fetchOffsets({ groupId: group, topics: [h.topic] });
  expect(committed!.partitions.every((p) => p.offset === '0')).toBe(true);

  const replaying = h.consumer(group);
  await replaying.start();
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  expect(await h.duplicatesSeen(group)).toBe(all.length); // every message came back...
  const rows = await h.effects();
  expect(rows).toHaveLength(all.length); // ...and none had a second effect
  expect(new Set(rows.map((r) => r.message_id)).size).toBe(all.length);
});
