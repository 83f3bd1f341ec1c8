import type { HubSpotDeal } from '@playbook/contracts/types';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventIdForDeal } from '../src/domain/deal-to-event.ts';
import { json, outbox, type World } from './harness.ts';
import { eventsWorld } from './world.ts';

const ORG = 'org-crm';
let world: World;
let events: Service;
let hubspot: Service;
let admin: Awaited<ReturnType<Awaited<ReturnType<typeof eventsWorld>>['as']>>;
let n = 0;

const deal = (id: string, extra: Partial<HubSpotDeal> = {}): HubSpotDeal => ({
  id,
  name: `Northwind Summit ${id}`,
  stage: 'closedwon',
  pipeline: 'default',
  isClosedWon: true,
  amountMinor: 12_500_000,
  currency: 'USD',
  closeDate: Date.parse('2026-03-01T00:00:00Z'),
  lastModifiedAt: Date.parse('2026-03-01T00:00:00Z'),
  eventStartsOn: '2026-06-10',
  eventEndsOn: '2026-06-12',
  eventTimezone: 'America/Chicago',
  eventVenue: 'McCormick Place, Chicago',
  companies: [{ id: '9001', name: 'Northwind Traders', domain: 'northwind.example' }],
  ...extra,
});

/** A HubSpotDealsFetched batch as the connector publishes it, with a fresh message id (another window). */
async function fetched(deals: HubSpotDeal[]) {
  const from = Date.parse('2026-03-01T00:00:00Z') + n++ * 86_400_000;
  const messageId = await publishThrough(hubspot, {
    type: 'integrations.hubspot.HubSpotDealsFetched',
    key: 'hubspot:deals',
    scope: { orgId: ORG },
    payload: {
      dataset: 'deals',
      windowFrom: from,
      windowTo: from + 86_400_000,
      part: 1,
      parts: 1,
      requestId: `r-${n}`,
      deals,
    },
  });
  await eventually(
    async () =>
      expect(
        await events.sql()`select 1 from inbox where consumer = 'create-event-when-hubspot-deal-won' and message_id = ${messageId}`,
      ).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
}
const count = async (table: string) =>
  Number((await events.sql().unsafe(`select count(*)::int as n from ${table}`))[0]!.n);

beforeAll(async () => {
  const w = await eventsWorld('ev-crm', ORG);
  world = w.world;
  events = w.service;
  admin = await w.as('admin', 'admin');
  hubspot = await world.start({ name: 'integrations.hubspot' });
}, 60_000);
afterAll(() => world?.dispose());

describe('a won HubSpot deal becomes an event', () => {
  it('creates the client from the company, the event in draft with the deal’s days, and links the deal', async () => {
    await fetched([
      deal('7001'),
      deal('7002', { stage: 'contractsent', isClosedWon: false }),
      deal('7003', { eventStartsOn: null, eventEndsOn: null }),
      deal('7004', { companies: [] }),
    ]);
    const eventId = eventIdForDeal(ORG, 'hubspot', '7001');
    const [created] = await outbox(events, { type: 'events.EventCreated', key: eventId });
    expect(created!.payload).toMatchObject({
      eventId,
      name: 'Northwind Summit 7001',
      startsOn: '2026-06-10',
      endsOn: '2026-06-12',
      timezone: 'America/Chicago',
      venue: 'McCormick Place, Chicago',
      status: 'draft',
    });
    const clientId = created!.payload.clientId;
    const [client] = await outbox(events, { type: 'events.ClientCreated', key: clientId });
    expect(client!.payload).toEqual({ clientId, name: 'Northwind Traders' });
    const [linked] = await outbox(events, { type: 'events.DealLinkedToEvent', key: eventId });
    expect(linked!.payload).toEqual({
      eventId,
      clientId,
      dealId: '7001',
      dealName: 'Northwind Summit 7001',
      stage: 'closedwon',
      source: 'hubspot',
      amountMinor: 12_500_000,
      currency: 'USD',
      pipeline: 'default',
    });
    expect(linked!.scope).toEqual({ orgId: ORG, clientId, eventId });
    expect(linked!.envelope.correlationId).toBe(created!.envelope.correlationId);
    const view = await json(await admin.get(`/events/${eventId}`));
    expect(view).toMatchObject({ clientId, status: 'draft', deal: { dealId: '7001', linkedBy: 'someone' } });
    expect(await count('events')).toBe(1);
  });

  it('creates nothing for the same deal again: a re-fetched or overlapping window, or the deal changed later', async () => {
    const before = (await outbox(events)).length;
    await fetched([deal('7001')]);
    await fetched([
      deal('7001', { name: 'Renamed in HubSpot', eventStartsOn: '2026-07-01', eventEndsOn: '2026-07-02' }),
    ]);
    expect((await outbox(events)).length).toBe(before);
    expect(await count('events')).toBe(1);
    expect(await count('clients')).toBe(1);
  });

  it('puts the company’s next won deal under the same client, and finds a client made by hand by its name', async () => {
    await json(await admin.post('/clients', { name: 'contoso events' }));
    await fetched([deal('7005'), deal('7006', { companies: [{ id: '9002', name: 'Contoso Events', domain: null }] })]);
    const clientOf = async (dealId: string) =>
      (await outbox(events, { type: 'events.EventCreated', key: eventIdForDeal(ORG, 'hubspot', dealId) }))[0]!.payload
        .clientId;
    expect(await clientOf('7005')).toBe(await clientOf('7001'));
    const contoso = (await events.sql()`select client_id from clients where name = 'contoso events'`)[0]!.client_id;
    expect(await clientOf('7006')).toBe(contoso);
    expect(await count('clients')).toBe(2);
    expect(await count('events')).toBe(3);
  });
});
