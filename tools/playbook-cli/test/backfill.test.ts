import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { integrationsDefinition } from '@playbook/integrations/definition';
import { rampDefinition } from '@playbook/ramp/definition';
import { rampSandbox } from '@playbook/ramp/sandbox';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTransactions } from '../../../services/connectors/ramp/src/sandbox/seed.ts';
import { backfill } from '../src/backfill.ts';
import { integrationsClient } from '../src/integrations-client.ts';
import { planWindows } from '../src/plan.ts';
import type { Snapshot } from '../src/progress.ts';

/**
 * A small backfill end to end: the CLI's backfill against integrations (through its HTTP API), the
 * Ramp connector and its sandbox, on the real bus and database. Interrupted after its first window
 * and run again, it finishes without asking for any window twice; a third run asks for nothing.
 */
const ORG = 'org-backfill';
const DAY = 86_400_000;
const T0 = Date.parse('2026-02-01T00:00:00Z');
const sandbox = rampSandbox({ transactions: seedTransactions(60, T0, T0 + 3 * DAY, { eventId: 'event-a' }, 'bf') });
let server: RunningSandbox;
let world: TestWorld;
let integrations: Service;
let ramp: Service;
let client: ReturnType<typeof integrationsClient>;

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('backfill');
  integrations = await world.start(integrationsDefinition({ env: { INTEGRATIONS_SCHEDULE_MS: '3600000' } }));
  ramp = await world.start(
    rampDefinition({ env: { RAMP_BASE_URL: server.url, RAMP_SYNC_INTERVAL_MS: '100', RAMP_PAGE_SIZE: '10' } }),
  );
  await accessProjection.grant(integrations.sql(), {
    grantId: 'g-admin',
    principalId: 'admin',
    role: 'admin',
    scope: { orgId: ORG },
  });
  client = integrationsClient({
    baseUrl: 'http://integrations.test',
    token: await world.token({ id: 'admin', orgId: ORG }),
    send: async (url, init) => integrations.app.request(url, init),
  });
  const enabled = await integrations.app.request('/connectors/ramp/enable', {
    method: 'POST',
    headers: { authorization: await world.bearer({ id: 'admin', orgId: ORG }), 'content-type': 'application/json' },
    body: '{}',
  });
  expect(enabled.status).toBe(200);
}, 120_000);
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

const count = async (service: Service, type: string) =>
  Number((await service.sql()`select count(*)::int as n from outbox where type = ${type}`)[0]!.n);
const { windows } = planWindows(T0, T0 + 3 * DAY, DAY, Date.now());
const run = (o: { parallel: number; stopAfter?: number }) => {
  const controller = new AbortController();
  const seen: Snapshot[] = [];
  return backfill({
    client,
    system: 'ramp',
    windows,
    parallel: o.parallel,
    pollMs: 100,
    signal: controller.signal,
    onProgress: (s) => {
      seen.push(s);
      if (o.stopAfter !== undefined && s.done >= o.stopAfter) controller.abort();
    },
  }).then((result) => ({ ...result, seen }));
};

describe('a backfill through integrations, Ramp and its sandbox', () => {
  it('interrupted after its first window, it stops asking and says where it stands', async () => {
    const first = await run({ parallel: 1, stopAfter: 1 });
    expect(first).toMatchObject({ dataset: 'transactions', interrupted: true, failed: [] });
    expect(first.snapshot).toMatchObject({ total: 3, done: 1, inFlight: 0, doneThisRun: 1 });
    expect(first.snapshot.records).toBeGreaterThan(0);
    expect(await count(integrations, 'integrations.SyncWindowRequested')).toBe(1);
  });

  it('run again, it goes on where it stopped and brings every record once', async () => {
    const second = await run({ parallel: 2 });
    expect(second.interrupted).toBe(false);
    expect(second.snapshot).toMatchObject({ total: 3, done: 3, failed: 0, records: 60, doneThisRun: 2 });
    expect(second.seen[0]).toMatchObject({ done: 1, doneThisRun: 0 });
    expect(await count(integrations, 'integrations.SyncWindowRequested')).toBe(3);
    expect(await count(ramp, 'integrations.ramp.RampTransactionsFetched')).toBe(3);
    const listed = await client.windows('ramp', 'transactions', { from: T0, to: T0 + 3 * DAY });
    expect(listed.map((w) => w.status)).toEqual(['fetched', 'fetched', 'fetched']);
  });

  it('run a third time, it finds everything fetched and asks for nothing', async () => {
    const third = await run({ parallel: 4 });
    expect(third.snapshot).toMatchObject({ done: 3, records: 60, doneThisRun: 0, recordsThisRun: 0 });
    expect(await count(integrations, 'integrations.SyncWindowRequested')).toBe(3);
  });
});
