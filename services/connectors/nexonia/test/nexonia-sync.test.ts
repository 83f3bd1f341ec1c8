import { randomUUID } from 'node:crypto';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { startMeter } from '@playbook/connector-kit/meter';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nexoniaDefinition } from '../src/definition.ts';
import { nexoniaSettings } from '../src/env.ts';
import { nexoniaApi } from '../src/nexonia-api.ts';
import { nexoniaSandbox } from '../src/sandbox/sandbox.ts';
import { seedReports } from '../src/sandbox/seed.ts';

const ORG = 'org-nexonia';
const API_KEY = 'nexonia-test-key-1a2b3c4d5e6f';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const SEEDED = seedReports(130, T0, T0 + DAY, { eventId: 'event-a', bomLineId: 'line-1' });
const SKIPPED = SEEDED.filter((r) => r.status === 'DRAFT' || r.status === 'REJECTED').length;
let world: TestWorld;
let integrations: Service;
let nexonia: Service;
let worker: SyncWorker;
let server: RunningSandbox;
const sandbox = nexoniaSandbox({ apiKey: API_KEY, reports: SEEDED });

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('nexonia');
  integrations = await world.start({ name: 'integrations' });
  const env = {
    NEXONIA_BASE_URL: server.url,
    NEXONIA_API_KEY: API_KEY,
    NEXONIA_PAGE_SIZE: '30',
    NEXONIA_SYNC_INTERVAL_MS: '60000',
    NEXONIA_RETRY_BASE_MS: '5',
  };
  nexonia = await world.start(nexoniaDefinition({ env, maxPartBytes: 40_000, onWorker: (w) => (worker = w) }));
});
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

/** Asks Nexonia for a window through integrations' topic and waits until the connector queued it. */
async function requestWindow(from: number, to: number) {
  const requestId = randomUUID();
  await publishThrough(
    integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'nexonia',
      scope: { orgId: ORG },
      payload: {
        requestId,
        system: 'nexonia',
        dataset: 'expense-reports',
        windowFrom: from,
        windowTo: to,
        requestedBy: 'admin',
      },
    },
    'admin',
  );
  await eventually(
    async () => {
      const rows = await nexonia.sql()`select 1 from sync_requests where request_id = ${requestId}`;
      expect(rows).toHaveLength(1);
    },
    { timeoutMs: 30_000 },
  );
  await worker.drain();
  return requestId;
}
const batches = (requestId: string) =>
  nexonia.sql()<{ message_id: string; type: string; payload: any }[]>`
    select id as message_id, type, payload from outbox where payload->'payload'->>'requestId' = ${requestId} order by seq`;

describe('the Nexonia connector', () => {
  it('reads every page and publishes the window in parts, drafts and rejected reports skipped', async () => {
    const id = await requestWindow(T0, T0 + DAY);
    const out = await batches(id);
    const env = out[0]!.payload;
    expect(out.length).toBeGreaterThan(1);
    expect(out.every((b) => b.type === 'integrations.nexonia.NexoniaExpenseReportsFetched')).toBe(true);
    const reports = out.flatMap((b) => b.payload.payload.reports);
    expect(reports).toHaveLength(130 - SKIPPED);
    expect(new Set(reports.map((r: { id: string }) => r.id)).size).toBe(reports.length);
    expect(reports.some((r: { status: string }) => r.status === 'draft' || r.status === 'rejected')).toBe(false);
    expect(env.counts).toMatchObject({ fetched: 130, accepted: 130 - SKIPPED, skipped: SKIPPED, parts: out.length });
    // 130 reports at 30 a page: 5 pages, one call each.
    expect(env.diagnostics).toMatchObject({ pages: 5, apiCalls: 5, retries: 0, rateLimitUnits: 0 });
    expect(env.rules.map((r: { name: string }) => r.name)).toEqual(['nexonia.window', 'nexonia.filters']);
    expect(env.producer.module).toBe('integrations.nexonia');
    expect(env.actor).toMatchObject({ kind: 'connector', id: 'nexonia' });
    for (const b of out) expect(JSON.stringify(b.payload).length).toBeLessThan(60_000);
  });

  it('normalizes items: kinds, minor units, mileage distance and dimensions as tags', async () => {
    const id = await requestWindow(T0, T0 + DAY / 4);
    const [first] = (await batches(id)).flatMap((b) => b.payload.payload.reports);
    const source = SEEDED.find((r) => r.reportId === first.id)!;
    expect(first).toMatchObject({
      currency: 'USD',
      employeeName: source.employee.name,
      employeeEmail: source.employee.email,
      submittedAt: Date.parse(source.submittedDate),
      status: source.status.toLowerCase(),
    });
    expect(first.lines.map((l: { kind: string }) => l.kind)).toEqual(['expense', 'per_diem', 'mileage']);
    expect(first.lines[0].amountMinor).toBe(Math.round(source.items[0]!.amount * 100));
    expect(first.lines[2]).toMatchObject({ distance: source.items[2]!.distance, distanceUnit: 'mi' });
    expect(first.lines[0].tags).toEqual({ Event: 'event-a', 'BOM line': 'line-1' });
  });

  it('gives a re-fetched window the same message ids: the outbox (and every inbox downstream) keeps the first', async () => {
    const first = await batches(await requestWindow(T0, T0 + DAY / 2));
    const againId = await requestWindow(T0, T0 + DAY / 2);
    expect(first.length).toBeGreaterThan(0);
    expect(await batches(againId)).toEqual([]);
    const [row] = await nexonia.sql()`select status from sync_requests where request_id = ${againId}`;
    expect(row).toMatchObject({ status: 'done' });
    const stored = await nexonia.sql()`select id from outbox where id = any(${first.map((b) => b.message_id)})`;
    expect(stored).toHaveLength(first.length);
  });

  it('honours 429 Retry-After and a failing page that recovers, and counts them', async () => {
    sandbox.faults.set({ rateLimitEvery: 3, retryAfterSeconds: 0, failPage: 2, failTimes: 2 });
    const out = await batches(await requestWindow(T0 + DAY / 2, T0 + DAY));
    sandbox.faults.set({});
    const d = out[0]!.payload.diagnostics;
    expect(d.rateLimitUnits).toBeGreaterThan(0);
    expect(d.retries).toBeGreaterThanOrEqual(2 + d.rateLimitUnits);
    expect(d.pages).toBe(3);
    expect(sandbox.faults.state.rateLimited).toBeGreaterThan(0);
  });

  it('a page that keeps failing publishes nothing of the window, then NexoniaWindowFailed with the reason', async () => {
    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    const id = await requestWindow(T0 + DAY, T0 + 2 * DAY);
    for (let i = 0; i < 2; i++) {
      await nexonia.sql()`update sync_requests set next_attempt_at = now() where request_id = ${id}`;
      await worker.drain();
    }
    sandbox.faults.set({});
    const out = await batches(id);
    expect(out.map((b) => b.type)).toEqual(['integrations.nexonia.NexoniaWindowFailed']);
    expect(out[0]!.payload.payload).toMatchObject({ attempts: 3, dataset: 'expense-reports' });
    expect(out[0]!.payload.payload.reason).toMatch(/GET \/api\/v1\/expense-reports answered 503/);
    const [row] = await nexonia.sql()`select status, attempts from sync_requests where request_id = ${id}`;
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('a wrong API key is refused (401, not retried) and the error names neither key', async () => {
    const wrongKey = 'wrong-key-0f9e8d7c6b';
    const api = nexoniaApi(
      parseEnv(nexoniaSettings, {
        NEXONIA_BASE_URL: server.url,
        NEXONIA_API_KEY: wrongKey,
        NEXONIA_RETRY_BASE_MS: '1',
      }),
    );
    const meter = startMeter();
    const failure = await api.expenseReports({ from: T0, to: T0 + DAY }, meter).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/answered 401: .*unauthorized/);
    expect((failure as Error).message).not.toContain(wrongKey);
    expect(meter).toMatchObject({ apiCalls: 1, retries: 0 });
  });

  it('never puts the API key into an envelope or a stored error', async () => {
    const everything = JSON.stringify(await nexonia.sql()`select payload from outbox`);
    const errors = JSON.stringify(await nexonia.sql()`select last_error from sync_requests`);
    expect(errors).toMatch(/503/);
    for (const text of [everything, errors]) {
      expect(text).not.toContain(API_KEY);
      expect(text).not.toContain(encodeURIComponent(API_KEY));
    }
  });
});
