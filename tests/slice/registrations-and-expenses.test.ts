import { randomUUID } from 'node:crypto';
import { definition as budget } from '@playbook/budget/definition';
import { bizzaboDefinition } from '@playbook/bizzabo/definition';
import { bizzaboSandbox } from '@playbook/bizzabo/sandbox';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { definition as events } from '@playbook/events/definition';
import { nexoniaDefinition } from '@playbook/nexonia/definition';
import { nexoniaSandbox } from '@playbook/nexonia/sandbox';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { definition as spend } from '@playbook/spend/definition';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedEvent } from '../../services/connectors/bizzabo/src/sandbox/seed.ts';
import { seedReports } from '../../services/connectors/nexonia/src/sandbox/seed.ts';

/**
 * Two inbound connectors end to end, in one world on the real bus and database: a Nexonia window
 * (sandbox) → spend imports and allocates the expense lines → budget's actuals include them; a
 * Bizzabo window (sandbox) → events records registration, attendance and NPS on the event linked to
 * the Bizzabo event. Re-fetching the windows changes nothing downstream.
 */
const ORG = 'org-inbound';
const DAY = 86_400_000;
const T0 = Date.parse('2026-06-01T00:00:00Z');
const nexonia = nexoniaSandbox();
const bizzabo = bizzaboSandbox();
let servers: RunningSandbox[] = [];
let world: TestWorld;
let s: Record<'events' | 'integrations' | 'spend' | 'budget' | 'nexonia' | 'bizzabo', Service>;

beforeAll(async () => {
  servers = [await serveSandbox(nexonia.app), await serveSandbox(bizzabo.app)];
  world = await createTestWorld('inbound');
  const env = {
    NEXONIA_BASE_URL: servers[0]!.url,
    NEXONIA_SYNC_INTERVAL_MS: '100',
    NEXONIA_PAGE_SIZE: '7',
    BIZZABO_BASE_URL: servers[1]!.url,
    BIZZABO_AUTH_URL: servers[1]!.url,
    BIZZABO_SYNC_INTERVAL_MS: '100',
    BIZZABO_PAGE_SIZE: '50',
  };
  s = {
    events: await world.start(events),
    integrations: await world.start({ name: 'integrations' }),
    spend: await world.start(spend),
    budget: await world.start(budget),
    nexonia: await world.start(nexoniaDefinition({ env })),
    bizzabo: await world.start(bizzaboDefinition({ env })),
  };
  await accessProjection.grant(s.events.sql(), {
    grantId: 'g-a',
    principalId: 'admin',
    role: 'admin',
    scope: { orgId: ORG },
  });
  await accessProjection.grant(s.budget.sql(), {
    grantId: 'g-a',
    principalId: 'admin',
    role: 'admin',
    scope: { orgId: ORG },
  });
}, 120_000);
afterAll(async () => {
  await world?.dispose();
  for (const server of servers) await server.stop();
});

const call = async (service: Service, method: string, path: string, body?: object) => {
  const res = await service.app.request(path, {
    method,
    headers: { authorization: await world.bearer({ id: 'admin', orgId: ORG }), 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(res.status, `${method} ${path}`).toBeLessThan(300);
  return res.json() as Promise<any>;
};
const syncWindow = (system: string, dataset: string, from: number, to: number) =>
  publishThrough(
    s.integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: system,
      scope: { orgId: ORG },
      payload: { requestId: randomUUID(), system, dataset, windowFrom: from, windowTo: to, requestedBy: 'admin' },
    },
    'admin',
  );
const handled = async (service: Service, consumer: string) =>
  Number((await service.sql()`select count(*)::int as n from inbox where consumer = ${consumer}`)[0]!.n);

describe('inbound connectors: Nexonia expenses and Bizzabo registrations', () => {
  let eventId: string;

  beforeAll(async () => {
    const client = await call(s.events, 'POST', '/clients', { name: 'Contoso' });
    const event = await call(s.events, 'POST', '/events', {
      clientId: client.clientId,
      name: 'Contoso Summit',
      startsOn: '2026-06-10',
      endsOn: '2026-06-12',
      timezone: 'UTC',
    });
    eventId = event.eventId;
    await eventually(
      async () => expect(await s.budget.sql()`select 1 from access_scope_nodes where id = ${eventId}`).toHaveLength(1),
      { timeoutMs: 30_000 },
    );
  });

  it('a Nexonia window reaches the budget as actual spend; a re-fetch changes nothing', async () => {
    await call(s.budget, 'POST', `/events/${eventId}/budget`, { currency: 'USD' });
    const line = await call(s.budget, 'POST', `/events/${eventId}/budget/lines`, {
      category: 'travel',
      description: 'Crew travel and per diems',
      quantity: 1,
      unitCostMinor: 5_000_000,
      currency: 'USD',
    });
    await eventually(
      async () => expect(await s.spend.sql()`select 1 from access_scope_nodes where id = ${eventId}`).toHaveLength(1),
      { timeoutMs: 30_000 },
    );
    const reports = seedReports(20, T0, T0 + DAY, { eventId, bomLineId: line.lineId }, 'inbound');
    nexonia.store.push(...reports);
    const kept = reports.filter((r) => r.status !== 'DRAFT' && r.status !== 'REJECTED');
    const taggedMinor = kept
      .flatMap((r) => r.items)
      .filter((i) => i.dimensions?.length)
      .reduce((sum, i) => sum + Math.round(i.amount * 100), 0);
    expect(taggedMinor).toBeGreaterThan(0);

    await syncWindow('nexonia', 'expense-reports', T0, T0 + DAY);
    await eventually(
      async () =>
        expect((await call(s.budget, 'GET', `/events/${eventId}/budget`)).totals.actualMinor).toBe(taggedMinor),
      { timeoutMs: 60_000 },
    );
    const imported = await s.spend.sql()`select count(*)::int as n from expense_reports`;
    expect(imported[0]!.n).toBe(kept.length);

    // An overlapping window: a new batch, handled by spend, and nothing new imported or counted.
    const before = await handled(s.spend, 'import-expense-reports-when-nexonia-fetched');
    await syncWindow('nexonia', 'expense-reports', T0 - DAY, T0 + DAY);
    await eventually(
      async () => expect(await handled(s.spend, 'import-expense-reports-when-nexonia-fetched')).toBeGreaterThan(before),
      { timeoutMs: 60_000 },
    );
    expect((await s.spend.sql()`select count(*)::int as n from expense_reports`)[0]!.n).toBe(kept.length);
    expect((await call(s.budget, 'GET', `/events/${eventId}/budget`)).totals.actualMinor).toBe(taggedMinor);
  }, 120_000);

  it('a Bizzabo window reaches the linked event as registration, attendance and NPS; a re-fetch changes nothing', async () => {
    const seeded = seedEvent(555001, 'Contoso Summit', {
      count: 120,
      from: T0 - 20 * DAY,
      to: T0,
      capacity: 150,
      checkInShare: 0.5,
      answers: 20,
    });
    bizzabo.store.push(seeded, seedEvent(555002, 'Unlinked', { count: 10, from: T0 - DAY, to: T0 }));
    const linked = await call(s.events, 'PATCH', `/events/${eventId}`, { externalIds: { bizzabo: '555001' } });
    expect(linked.externalIds).toEqual({ bizzabo: '555001' });

    await syncWindow('bizzabo', 'registrations', T0, T0 + DAY);
    const view = await eventually(
      async () => {
        const v = await call(s.events, 'GET', `/events/${eventId}`);
        expect(v.registration).not.toBeNull();
        expect(v.nps).not.toBeNull();
        return v;
      },
      { timeoutMs: 60_000 },
    );
    const valid = seeded.registrations.filter((r) => r.validity === 'valid');
    expect(view.registration).toEqual({
      registered: valid.length,
      checkedIn: valid.filter((r) => r.checkedin).length,
      capacity: 150,
      asOf: new Date(T0 + DAY).toISOString(),
      source: 'bizzabo',
      externalEventId: '555001',
    });
    // Scores cycle 10, 9, 8, 10, 6, 9, 7, 10, 3, 9: 12 promoters, 4 passives, 4 detractors of 20.
    expect(view.nps).toMatchObject({ score: 40, respondents: 20, promoters: 12, passives: 4, detractors: 4 });

    // A window ending at the same instant, fetched again as a new batch: events handles it, records nothing new.
    const before = await handled(s.events, 'record-figures-when-bizzabo-synced');
    await syncWindow('bizzabo', 'registrations', T0 - DAY, T0 + DAY);
    await eventually(
      async () => expect(await handled(s.events, 'record-figures-when-bizzabo-synced')).toBeGreaterThan(before),
      { timeoutMs: 60_000 },
    );
    const figures = await s.events.sql()`
      select (select count(*)::int from registration_snapshots) as snapshots, (select count(*)::int from nps_readings) as nps`;
    expect(figures[0]).toEqual({ snapshots: 1, nps: 1 });
  }, 120_000);
});
