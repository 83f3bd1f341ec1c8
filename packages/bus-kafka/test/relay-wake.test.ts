import { eventually } from '@playbook/testing/eventually';
import postgres from 'postgres';
import { afterEach, expect, it } from 'vitest';
import { sleep } from '../src/wake.ts';
import { busHarness, probes, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
let watched: postgres.Sql | undefined;
afterEach(async () => {
  await h?.close();
  await watched?.end({ timeout: 5 });
  h = undefined;
  watched = undefined;
});

/** The harness's database through a client that counts the relay's reads of unpublished rows (its lease copies the client's options). */
const countingReads = (harness: BusHarness) => {
  const counter = { reads: 0 };
  watched = postgres(harness.db.url, {
    max: 2,
    onnotice: () => {},
    connection: { search_path: harness.db.schema },
    debug: (_connection, query) => {
      if (/^\s*select seq::text as seq/.test(query)) counter.reads++;
    },
  });
  return { sql: watched, counter };
};

// Polling an hour apart: whatever these relays send, a notification woke them for it.
const NO_POLL = 3_600_000;

it('reads once per batch at low load: nothing notified since the read means nothing new to read', async () => {
  h = await busHarness('relay-reads');
  const { sql, counter } = countingReads(h);
  const relay = h.relay({ sql, pollMs: NO_POLL });
  await relay.start();
  await h.publishTogether(probes(1, 2));
  await eventually(async () => expect(await relay.backlog()).toBe(0));
  await sleep(300); // the first batch may be read again (LISTEN might not have answered yet): let that pass

  for (let round = 0; round < 3; round++) {
    const before = counter.reads;
    await h.publishTogether(probes(3, 1, `r${round}-`));
    await eventually(async () => expect(await relay.backlog()).toBe(0));
    await sleep(300);
    expect(counter.reads - before).toBe(1);
  }
  expect(await h.wireCount()).toBe(2 + 3 * 3);
});

it('relays at once what was committed while a batch was being sent, without waiting for a poll', async () => {
  h = await busHarness('relay-wake');
  const late = probes(2, 1, 'late');
  let sends = 0;
  const relay = h.relay({
    pollMs: NO_POLL,
    afterSend: async () => {
      if (sends++ === 0) await h!.publishTogether(late); // committed after the batch was read
    },
  });
  await h.publishTogether(probes(2, 1));
  await relay.start();
  await eventually(async () => expect(await relay.backlog()).toBe(0), { timeoutMs: 10_000 });
  expect(sends).toBeGreaterThanOrEqual(2);
  expect(await h.wireCount()).toBe(4);
});
