import { randomUUID } from 'node:crypto';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotDefinition } from '../src/definition.ts';
import { hubspotSandbox } from '../src/sandbox/sandbox.ts';
import { COMPANIES, seedDeals } from '../src/sandbox/seed.ts';

const ORG = 'org-hubspot';
const TOKEN = 'pat-na1-test-7c1d9e2f-4b3a-4e5f-9a8b-1c2d3e4f5a6b';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
let world: TestWorld;
let integrations: Service;
let hubspot: Service;
let worker: SyncWorker;
let server: RunningSandbox;
const sandbox = hubspotSandbox({ token: TOKEN, companies: COMPANIES, deals: seedDeals(230, T0, T0 + DAY) });

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('hubspot');
  integrations = await world.start({ name: 'integrations' });
  const env = {
    HUBSPOT_BASE_URL: server.url,
    HUBSPOT_TOKEN: TOKEN,
    HUBSPOT_PAGE_SIZE: '50',
    HUBSPOT_SYNC_INTERVAL_MS: '60000',
    HUBSPOT_RETRY_BASE_MS: '5',
  };
  hubspot = await world.start(hubspotDefinition({ env, maxPartBytes: 40_000, onWorker: (w) => (worker = w) }));
});
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

/** Asks HubSpot for a window through integrations' topic and waits until the connector queued it. */
async function requestWindow(from: number, to: number) {
  const requestId = randomUUID();
  await publishThrough(
    integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'hubspot',
      scope: { orgId: ORG },
      payload: { requestId, system: 'hubspot', dataset: 'deals', windowFrom: from, windowTo: to, requestedBy: 'admin' },
    },
    'admin',
  );
  await eventually(
    async () =>
      expect(await hubspot.sql()`select 1 from sync_requests where request_id = ${requestId}`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
  await worker.drain();
  return requestId;
}
const batches = (requestId: string) =>
  hubspot.sql()<{ message_id: string; type: string; payload: any }[]>`
    select id as message_id, type, payload from outbox where payload->'payload'->>'requestId' = ${requestId} order by seq`;

describe('the HubSpot connector', () => {
  it('follows paging.next.after through every search page, adds companies, publishes the window in parts', async () => {
    sandbox.faults.set({});
    const out = await batches(await requestWindow(T0, T0 + DAY));
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((b) => b.type === 'integrations.hubspot.HubSpotDealsFetched')).toBe(true);
    const deals = out.flatMap((b) => b.payload.payload.deals);
    expect(deals).toHaveLength(230);
    expect(new Set(deals.map((d: { id: string }) => d.id)).size).toBe(230);
    const won = deals.find((d: { stage: string }) => d.stage === 'closedwon');
    expect(won).toMatchObject({
      isClosedWon: true,
      currency: 'USD',
      pipeline: 'default',
      companies: [{ id: expect.any(String), name: expect.any(String), domain: expect.stringMatching(/\.example$/) }],
    });
    expect(won.eventStartsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(won.amountMinor).toBeGreaterThan(0);
    const env = out[0]!.payload;
    expect(env.counts).toMatchObject({ fetched: 230, accepted: 230, skipped: 0, parts: out.length });
    // 5 search pages of 50, 3 association batches of ≤ 100 deals, 1 companies batch.
    expect(env.diagnostics).toMatchObject({ pages: 5, apiCalls: 9, retries: 0, rateLimitUnits: 0 });
    expect(env.rules.map((r: { name: string }) => r.name)).toEqual(['hubspot.window', 'hubspot.filters']);
    expect(env.producer.module).toBe('integrations.hubspot');
    expect(env.actor).toMatchObject({ kind: 'connector', id: 'hubspot' });
  });

  it('gives a re-fetched window the same message ids: the outbox (and every inbox downstream) keeps the first', async () => {
    const first = await batches(await requestWindow(T0, T0 + DAY / 2));
    const againId = await requestWindow(T0, T0 + DAY / 2);
    expect(first.length).toBeGreaterThan(0);
    expect(await batches(againId)).toEqual([]);
    const [row] = await hubspot.sql()`select status from sync_requests where request_id = ${againId}`;
    expect(row).toMatchObject({ status: 'done' });
    const ids = first.map((b) => b.message_id);
    expect(await hubspot.sql()`select id from outbox where id = any(${ids})`).toHaveLength(ids.length);
  });

  it('honours 429 (X-HubSpot-RateLimit-* and Retry-After) and a failing page that recovers, and counts them', async () => {
    sandbox.faults.set({ rateLimitEvery: 3, retryAfterSeconds: 0, failPage: 2, failTimes: 2 });
    const out = await batches(await requestWindow(T0 + DAY / 2, T0 + DAY));
    sandbox.faults.set({});
    const d = out[0]!.payload.diagnostics;
    expect(out.flatMap((b) => b.payload.payload.deals)).toHaveLength(115);
    expect(d.rateLimitUnits).toBeGreaterThan(0);
    expect(d.retries).toBeGreaterThanOrEqual(2 + d.rateLimitUnits);
  });

  it('answers in HubSpot’s shape: rate-limit headers, and { status, message, correlationId, category } errors', async () => {
    const ok = await fetch(`${server.url}/crm/v3/objects/deals?limit=2`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(ok.headers.get('x-hubspot-ratelimit-max')).toBe('190');
    expect(ok.headers.get('x-hubspot-ratelimit-daily-remaining')).toMatch(/^\d+$/);
    const page = (await ok.json()) as any;
    expect(page.results).toHaveLength(2);
    expect(page.paging.next.after).toBe('2');
    const refused = await fetch(`${server.url}/crm/v3/objects/deals/search`, { method: 'POST', body: '{}' });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      status: 'error',
      category: 'INVALID_AUTHENTICATION',
      correlationId: expect.any(String),
    });
  });

  it('a page that keeps failing publishes nothing of the window, then HubSpotWindowFailed with the reason', async () => {
    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    const id = await requestWindow(T0 + DAY, T0 + 2 * DAY);
    for (let i = 0; i < 3; i++) {
      await hubspot.sql()`update sync_requests set next_attempt_at = now() where request_id = ${id}`;
      await worker.drain();
    }
    sandbox.faults.set({});
    const out = await batches(id);
    expect(out.map((b) => b.type)).toEqual(['integrations.hubspot.HubSpotWindowFailed']);
    expect(out[0]!.payload.payload.reason).toMatch(/POST \/crm\/v3\/objects\/deals\/search answered 502/);
    expect(out[0]!.payload.counts).toMatchObject({ attempts: 3 });
    const [row] = await hubspot.sql()`select status, attempts from sync_requests where request_id = ${id}`;
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('never puts the private app token into an envelope or a stored error', async () => {
    const everything = JSON.stringify(await hubspot.sql()`select payload, headers from outbox`);
    const errors = JSON.stringify(await hubspot.sql()`select last_error from sync_requests`);
    for (const text of [everything, errors]) expect(text).not.toContain(TOKEN);
  });
});
