import { Writable } from 'node:stream';
import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { createLogger } from '@playbook/telemetry/logger';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, expect, it } from 'vitest';
import { busHarness, probes, SUBSCRIPTION, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
afterAll(async () => h?.close());

it('a batch whose handler does not return is logged at warn with the handler and the message, until it returns', async () => {
  h = await busHarness('stuck-batch');
  await h.publish(probes(1, 1));
  const relay = h.relay();
  await relay.start();

  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const stalls = on<Tx, 'testkit.ProbeRecorded'>(SUBSCRIPTION, 'testkit.ProbeRecorded', async (e, { tx }) => {
    await released;
    await tx`insert into effects (message_id, key, seq) values (${e.messageId}, ${e.payload.probeId}, ${e.payload.sequence})`;
  });
  const group = h.group('stuck');
  const consumer = h.consumer(group, {
    subscriptions: [stalls],
    log: createLogger('stuck-batch', 'warn', sink),
    stuckBatchWarnMs: 200,
  });
  await consumer.start();

  const stuck = () => lines.filter((l) => l.msg === 'consumer batch still running');
  await eventually(() => expect(stuck().length).toBeGreaterThanOrEqual(2));
  expect(stuck()[0]).toMatchObject({
    group,
    topic: h.topic,
    phase: 'handling',
    consumer: SUBSCRIPTION,
    type: 'testkit.ProbeRecorded',
  });
  expect(Number(stuck()[1]!.elapsedMs)).toBeGreaterThan(Number(stuck()[0]!.elapsedMs));

  release();
  await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
  const warned = stuck().length;
  await new Promise((r) => setTimeout(r, 600));
  expect(stuck().length).toBe(warned); // a batch that ended is watched no more
  expect(await h.effects()).toHaveLength(1);
});
