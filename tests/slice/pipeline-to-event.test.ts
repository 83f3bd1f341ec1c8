import { randomUUID } from 'node:crypto';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { definition as events } from '@playbook/events/definition';
import { googleDefinition } from '@playbook/google/definition';
import { googleSandbox } from '@playbook/google/sandbox';
import { hubspotDefinition } from '@playbook/hubspot/definition';
import { hubspotSandbox } from '@playbook/hubspot/sandbox';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { workDefinition } from '@playbook/work/definition';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANIES, dealOf } from '../../services/connectors/hubspot/src/sandbox/seed.ts';

/**
 * Flow 3 in one world on the real bus and database: a won deal in the HubSpot sandbox → a sync
 * window → the HubSpot connector's batch → events creates the client and the event and links the
 * deal → work applies the organization's template → the Google Calendar sandbox holds the event's
 * dates; one correlation id from the window request to the calendar entry. Re-fetching the window,
 * and an overlapping one, change nothing anywhere.
 */
const ORG = 'org-flow3';
const CALENDAR = 'production@lumen.example';
const DAY = 86_400_000;
const T0 = Date.parse('2026-04-01T00:00:00Z');
const hubspot = hubspotSandbox({
  companies: COMPANIES,
  deals: [
    dealOf({
      id: '8001',
      name: 'Northwind Summit 2026',
      stage: 'closedwon',
      modifiedAt: T0 + 3_600_000,
      companyIds: ['9001'],
      amount: 185_000,
      eventStartsOn: '2026-09-14',
      eventEndsOn: '2026-09-16',
      timezone: 'America/Chicago',
      venue: 'McCormick Place, Chicago',
    }),
    dealOf({
      id: '8002',
      name: 'Contoso Gala',
      stage: 'contractsent',
      modifiedAt: T0 + 7_200_000,
      companyIds: ['9002'],
    }),
    dealOf({
      id: '8003',
      name: 'Litware Offsite',
      stage: 'closedlost',
      modifiedAt: T0 + 9_000_000,
      companyIds: ['9003'],
    }),
  ],
});
const google = googleSandbox();
let servers: RunningSandbox[] = [];
let world: TestWorld;
let s: Record<'integrations' | 'events' | 'work' | 'hubspot' | 'google', Service>;

beforeAll(async () => {
  servers = [await serveSandbox(hubspot.app), await serveSandbox(google.app)];
  world = await createTestWorld('flow3');
  const env = {
    HUBSPOT_BASE_URL: servers[0]!.url,
    HUBSPOT_SYNC_INTERVAL_MS: '100',
    HUBSPOT_RETRY_BASE_MS: '5',
    GOOGLE_BASE_URL: servers[1]!.url,
    GOOGLE_CALENDAR_ID: CALENDAR,
    GOOGLE_RETRY_BASE_MS: '5',
  };
  s = {
    integrations: await world.start({ name: 'integrations' }),
    events: await world.start(events),
    work: await world.start(workDefinition({ overdueCheckMs: 3_600_000 })),
    hubspot: await world.start(hubspotDefinition({ env })),
    google: await world.start(googleDefinition({ env })),
  };
  await accessProjection.grant(s.work.sql(), {
    grantId: 'g-admin',
    principalId: 'admin',
    role: 'admin',
    scope: { orgId: ORG },
  });
  const template = await s.work.app.request('/work-templates', {
    method: 'POST',
    headers: { authorization: await world.bearer({ id: 'admin', orgId: ORG }), 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Run of show',
      lines: [
        { title: 'Book the venue walkthrough', anchor: 'start', offsetDays: -60, assigneeRole: 'producer' },
        { title: 'Send the wrap report', anchor: 'end', offsetDays: 5 },
      ],
    }),
  });
  expect(template.status).toBe(201);
}, 120_000);
afterAll(async () => {
  await world?.dispose();
  for (const server of servers) await server.stop();
});

const syncWindow = (from: number, to: number, correlationId: string) =>
  publishThrough(
    s.integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'hubspot',
      scope: { orgId: ORG },
      payload: {
        requestId: randomUUID(),
        system: 'hubspot',
        dataset: 'deals',
        windowFrom: from,
        windowTo: to,
        requestedBy: 'admin',
      },
    },
    'admin',
    correlationId,
  );
type Row = { type: string; key: string; payload: any };
const flowOf = async (correlationId: string) =>
  (
    await Promise.all(
      Object.values(s).map(
        (service) =>
          service.sql()<
            Row[]
          >`select type, key, payload from outbox where payload->>'correlationId' = ${correlationId}`,
      ),
    )
  ).flat();
const entries = () => [...google.calendar(CALENDAR).values()];
const count = async (service: Service, table: string) =>
  Number((await service.sql().unsafe(`select count(*)::int as n from ${table}`))[0]!.n);

describe('flow 3: pipeline to event', () => {
  it('a won HubSpot deal becomes an event, its work and its calendar entry, exactly once', async () => {
    const correlationId = `flow3-${randomUUID()}`;
    await syncWindow(T0, T0 + DAY, correlationId);
    await eventually(async () => expect(entries()).toHaveLength(1), { timeoutMs: 60_000 });

    const story = await eventually(
      async () => {
        const types = (await flowOf(correlationId)).map((r) => r.type).sort();
        expect(types).toEqual(
          [
            'integrations.SyncWindowRequested',
            'integrations.hubspot.HubSpotDealsFetched',
            'events.ClientCreated',
            'events.EventCreated',
            'events.DealLinkedToEvent',
            'work.WorkItemCreated',
            'work.WorkItemCreated',
            'integrations.google.CalendarEventPublished',
          ].sort(),
        );
        return flowOf(correlationId);
      },
      { timeoutMs: 30_000 },
    );
    const created = story.find((r) => r.type === 'events.EventCreated')!.payload.payload;
    expect(created).toMatchObject({ name: 'Northwind Summit 2026', startsOn: '2026-09-14', endsOn: '2026-09-16' });
    const client = story.find((r) => r.type === 'events.ClientCreated')!.payload.payload;
    expect(client).toMatchObject({ clientId: created.clientId, name: 'Northwind Traders' });
    expect(story.find((r) => r.type === 'events.DealLinkedToEvent')!.payload.payload).toMatchObject({
      eventId: created.eventId,
      dealId: '8001',
      stage: 'closedwon',
      amountMinor: 18_500_000,
      currency: 'USD',
    });
    const items = story.filter((r) => r.type === 'work.WorkItemCreated').map((r) => r.payload.payload);
    expect(items.map((i) => [i.title, i.dueOn]).sort()).toEqual([
      ['Book the venue walkthrough', '2026-07-16'],
      ['Send the wrap report', '2026-09-21'],
    ]);
    expect(entries()[0]).toMatchObject({
      summary: 'Northwind Summit 2026',
      location: 'McCormick Place, Chicago',
      start: { date: '2026-09-14', timeZone: 'America/Chicago' },
      end: { date: '2026-09-17' },
      extendedProperties: { private: { playbookEventId: created.eventId } },
    });

    // The same window again (same batch ids: dropped at the outbox) and an overlapping one (new ids:
    // events handles it and finds the deal linked).
    await syncWindow(T0, T0 + DAY, `${correlationId}-again`);
    await syncWindow(T0 - DAY, T0 + DAY, `${correlationId}-overlap`);
    await eventually(
      async () => {
        const handled = await s.events.sql()`
          select 1 from inbox where consumer = 'create-event-when-hubspot-deal-won'`;
        expect(handled).toHaveLength(2);
      },
      { timeoutMs: 60_000 },
    );
    await eventually(async () => {
      const done = await s.hubspot.sql()`select status from sync_requests where status <> 'done'`;
      expect(done).toEqual([]);
    });
    expect(await count(s.events, 'events')).toBe(1);
    expect(await count(s.events, 'deal_links')).toBe(1);
    expect(await count(s.work, 'work_items')).toBe(2);
    expect(entries()).toHaveLength(1);
    expect(google.stats).toMatchObject({ inserts: 1, duplicates: 0 });
    expect((await flowOf(`${correlationId}-overlap`)).map((r) => r.type).sort()).toEqual([
      'integrations.SyncWindowRequested',
      'integrations.hubspot.HubSpotDealsFetched',
    ]);
  }, 120_000);
});
