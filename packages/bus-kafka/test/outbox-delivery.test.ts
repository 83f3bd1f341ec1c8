import { eventually } from '@playbook/testing/eventually';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxRow } from '@playbook/bus-postgres/outbox-reader';
import { busHarness, probeMessageId, probes, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const expectEachOnce = async (harness: BusHarness, expected: number) => {
  const rows = await harness.effects();
  expect(rows).toHaveLength(expected);
  expect(new Set(rows.map((r) => r.message_id)).size).toBe(expected);
};

describe('outbox → Kafka → inbox: every message exactly once in effect', () => {
  it('survives a relay crash between send and mark: duplicates on the wire, none in effect', async () => {
    h = await busHarness('relay-crash');
    const all = probes(6, 5);
    await h.publish(all);
    let crashes = 0;
    const crashing = h.relay({
      afterSend: (rows: OutboxRow[]) => {
        crashes += rows.length > 0 ? 1 : 0;
        throw new Error('relay crashed after Kafka acknowledged, before marking the rows');
      },
    });
    await crashing.start();
    await eventually(async () => expect(await h!.wireCount()).toBeGreaterThanOrEqual(all.length));
    await crashing.stop();
    expect(crashes).toBeGreaterThan(0);
    expect(await crashing.backlog()).toBe(all.length); // nothing was marked

    const group = h.group('relay-crash');
    const consumer = h.consumer(group);
    await consumer.start();
    const successor = h.relay();
    await successor.start();
    await eventually(async () => expect(await successor.backlog()).toBe(0));
    const onWire = await h.wireCount();
    expect(onWire).toBeGreaterThanOrEqual(2 * all.length); // every message went out at least twice

    await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
    await expectEachOnce(h, all.length);
    expect(await h.duplicatesSeen(group)).toBe(onWire - all.length);
  });

  it('survives a relay that fails once after sending: it re-sends in place, the consumer discards the copies', async () => {
    h = await busHarness('relay-retry');
    const all = probes(4, 5);
    await h.publish(all);
    let failed = 0;
    const relay = h.relay({
      afterSend: () => {
        if (failed++ === 0) throw new Error('marking failed once');
      },
    });
    const group = h.group('relay-retry');
    const consumer = h.consumer(group);
    await consumer.start();
    await relay.start();
    await eventually(async () => expect(await relay.backlog()).toBe(0));
    expect(failed).toBeGreaterThanOrEqual(2);
    const onWire = await h.wireCount();
    expect(onWire).toBe(2 * all.length); // the first batch held every row, and went out twice
    await eventually(async () => expect(await h!.caughtUp(group)).toBe(true));
    await expectEachOnce(h, all.length);
    expect(await h.duplicatesSeen(group)).toBe(all.length);
  });

  it('keeps one outbox row when the same message is published twice', async () => {
    h = await busHarness('publish-twice');
    const probe = { key: 'w1', seq: 0 };
    await h.publish([probe]);
    await h.publish([probe]); // a retried command: same idempotency key, same message id
    const rows = await h.db.sql`select id::text as id from outbox`;
    expect(rows.map((r) => r.id)).toEqual([probeMessageId(probe)]);

    const relay = h.relay();
    await relay.start();
    await eventually(async () => expect(await relay.backlog()).toBe(0));
    expect(await h.wireCount()).toBe(1);
  });

  it('handles a message delivered twice on the wire once', async () => {
    h = await busHarness('wire-twice');
    const group = h.group('wire-twice');
    const consumer = h.consumer(group);
    await consumer.start();
    const relay = h.relay();
    await relay.start();
    await h.publish([
      { key: 'w1', seq: 0 },
      { key: 'w1', seq: 1 },
    ]);
    await eventually(async () => expect(await h!.effects()).toHaveLength(2));

    // The relay sends the first message again (as after a crash before marking).
    await h.db.sql`update outbox set published_at = null where id = ${probeMessageId({ key: 'w1', seq: 0 })}`;
    await eventually(async () => expect(await h!.wireCount()).toBe(3));
    await eventually(async () => expect(await h!.duplicatesSeen(group)).toBe(1));
    await expectEachOnce(h, 2);
  });
});
