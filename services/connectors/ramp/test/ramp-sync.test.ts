import { randomUUID } from 'node:crypto';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rampDefinition } from '../src/definition.ts';
import { rampSandbox } from '../src/sandbox/sandbox.ts';
import { seedTransactions } from '../src/sandbox/seed.ts';

const ORG = 'org-ramp';
const SECRET = 'ramp-test-secret-9f8e7d6c5b4a';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
let world: TestWorld;
let integrations: Service;
let ramp: Service;
let worker: SyncWorker;
let server: RunningSandbox;
const sandbox = rampSandbox({
  clientSecret: SECRET,
  transactions: seedTransactions(230, T0, T0 + DAY, { eventId: 'event-a' }),
});

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('ramp');
  integrations = await world.start({ name: 'integrations' });
  const env = {
    RAMP_BASE_URL: server.url,
    RAMP_CLIENT_SECRET: SECRET,
    RAMP_PAGE_SIZE: '50',
    RAMP_SYNC_INTERVAL_MS: '60000',
    RAMP_RETRY_BASE_MS: '5',
  };
  ramp = await world.start(rampDefinition({ env, maxPartBytes: 40_000, onWorker: (w) => (worker = w) }));
});
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

/** Asks Ramp for a window through integrations' topic and waits until the connector queued it. */
async function requestWindow(from: number, to: number) {
  const requestId = randomUUID();
  await publishThrough(
    integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'ramp',
      scope: { orgId: ORG },
      payload: {
        requestId,
        system: 'ramp',
        dataset: 'transactions',
        windowFrom: from,
        windowTo: to,
        requestedBy: 'admin',
      },
    },
    'admin',
  );
  await eventually(
    async () => {
      const rows = await ramp.sql()`select 1 from sync_requests where request_id = ${requestId}`;
      expect(rows).toHaveLength(1);
    },
    { timeoutMs: 30_000 },
  );
  await worker.drain();
  return requestId;
}
const batches = (requestId: string) =>
  ramp.sql()<{ message_id: string; type: string; payload: any }[]>`
    select id as message_id, type, payload from outbox where payload->'payload'->>'requestId' = ${requestId} order by seq`;

describe('the Ramp connector', () => {
  it('follows page.next through every page and publishes the window in parts under the size limit', async () => {
    sandbox.faults.set({});
    const id = await requestWindow(T0, T0 + DAY);
    const out = await batches(id);
    const env = out[0]!.payload;
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((b) => b.type === 'integrations.ramp.RampTransactionsFetched')).toBe(true);
    const all = out.flatMap((b) => b.payload.payload.transactions);
    const declined = seedTransactions(230, T0, T0 + DAY).filter((t) => t.state === 'DECLINED').length;
    expect(all).toHaveLength(230 - declined);
    expect(new Set(all.map((t: { id: string }) => t.id)).size).toBe(all.length);
    expect(env.counts).toMatchObject({ fetched: 230, accepted: 230 - declined, skipped: declined, parts: out.length });
    expect(env.diagnostics).toMatchObject({ pages: 5, apiCalls: 6, retries: 0, rateLimitUnits: 0 });
    expect(env.rules.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['ramp.window', 'ramp.filters']),
    );
    expect(env.producer.module).toBe('integrations.ramp');
    for (const b of out) expect(JSON.stringify(b.payload).length).toBeLessThan(60_000);
  });

  it('gives a re-fetched window the same message ids: the outbox (and every inbox downstream) keeps the first', async () => {
    const first = await batches(await requestWindow(T0, T0 + DAY / 2));
    const againId = await requestWindow(T0, T0 + DAY / 2);
    expect(first.length).toBeGreaterThan(0);
    expect(await batches(againId)).toEqual([]);
    const [row] = await ramp.sql()`select status from sync_requests where request_id = ${againId}`;
    expect(row).toMatchObject({ status: 'done' });
    const ids = first.map((b) => b.message_id);
    const stored = await ramp.sql()`select id from outbox where id = any(${ids})`;
    expect(stored).toHaveLength(ids.length);
  });

  it('honours 429 Retry-After and a failing page that recovers, and counts them', async () => {
    sandbox.faults.set({ rateLimitEvery: 3, retryAfterSeconds: 0, failPage: 2, failTimes: 2 });
    const [b] = await batches(await requestWindow(T0 + DAY / 2, T0 + DAY));
    sandbox.faults.set({});
    expect(b!.payload.diagnostics.rateLimitUnits).toBeGreaterThan(0);
    expect(b!.payload.diagnostics.retries).toBeGreaterThanOrEqual(2 + b!.payload.diagnostics.rateLimitUnits);
  });

  it('a page that keeps failing publishes nothing of the window, then RampWindowFailed with the reason', async () => {
    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    const id = await requestWindow(T0 + DAY, T0 + 2 * DAY);
    for (let i = 0; i < 3; i++) {
      await ramp.sql()`update sync_requests set next_attempt_at = now() where request_id = ${id}`;
      await worker.drain();
    }
    sandbox.faults.set({});
    const out = await batches(id);
    expect(out.map((b) => b.type)).toEqual(['integrations.ramp.RampWindowFailed']);
    expect(out[0]!.payload.payload.reason).toMatch(/GET \/developer\/v1\/transactions answered 503/);
    const [row] = await ramp.sql()`select status, attempts from sync_requests where request_id = ${id}`;
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('never puts the client secret or a token into an envelope or a stored error', async () => {
    const everything = JSON.stringify(await ramp.sql()`select payload from outbox`);
    const errors = JSON.stringify(await ramp.sql()`select last_error from sync_requests`);
    for (const text of [everything, errors]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(Buffer.from(`sandbox-client:${SECRET}`).toString('base64'));
      expect(text).not.toMatch(/ramp_tok_/);
    }
  });
});
