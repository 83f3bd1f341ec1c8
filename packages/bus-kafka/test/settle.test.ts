import { afterAll, expect, it } from 'vitest';
import { eventually } from '@playbook/testing/eventually';
import { waitUntilConsumersCaughtUp, whatIsBehind } from '../src/settle.ts';
import { busHarness, probes, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
afterAll(() => h?.close());

it('says a consumer group has caught up only once it has handled everything on the wire', async () => {
  h = await busHarness('settle');
  const group = h.group('settle');
  const all = probes(4, 10);
  const relay = h.relay();
  await relay.start();
  await h.publish(all);
  await eventually(async () => expect(await h!.wireCount()).toBe(all.length));
  expect(await waitUntilConsumersCaughtUp(h.kafka, [group], { timeoutMs: 800 })).toBe(false); // nobody consumed yet
  expect(await whatIsBehind(h.kafka, [group])).toEqual([
    expect.stringMatching(new RegExp(`^${group}: state \\w+, 0 members$`)),
  ]);

  const consumer = h.consumer(group);
  await consumer.start();
  expect(await waitUntilConsumersCaughtUp(h.kafka, [group], { timeoutMs: 30_000 })).toBe(true);
  expect(await h.effects()).toHaveLength(all.length);
  expect(await h.caughtUp(group)).toBe(true);
  expect(await whatIsBehind(h.kafka, [group])).toEqual([]);
});
