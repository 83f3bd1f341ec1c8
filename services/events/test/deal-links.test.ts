import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@playbook/service-kit/service';
import { json, outbox, type World } from './harness.ts';
import { type Api, eventsWorld } from './world.ts';

const ORG = 'org-deals';
let world: World;
let service: Service;
let as: Awaited<ReturnType<typeof eventsWorld>>['as'];
let admin: Api;
let clientId: string;

const newEvent = async (name: string) => {
  const res = await admin.post('/events', {
    clientId,
    name,
    startsOn: '2026-06-10',
    endsOn: '2026-06-12',
    timezone: 'America/Chicago',
  });
  expect(res.status).toBe(201);
  return (await json(res)).eventId as string;
};
const deal = (dealId: string, extra: Record<string, unknown> = {}) => ({
  dealId,
  dealName: `Deal ${dealId}`,
  stage: 'closedwon',
  ...extra,
});

beforeAll(async () => {
  const w = await eventsWorld('ev-deals', ORG);
  ({ world, service, as } = w);
  admin = await as('admin', 'admin');
  clientId = (await json(await admin.post('/clients', { name: 'Litware' }))).clientId;
});
afterAll(() => world?.dispose());

describe('linking a CRM deal to an event by hand', () => {
  it('lets an event-scope producer link a deal (DealLinkedToEvent at event scope), shown on the event', async () => {
    const eventId = await newEvent('Litware Summit');
    const producer = await as('pia', 'producer', { clientId, eventId });
    const res = await producer.post(`/events/${eventId}/deal-links`, {
      ...deal('hs-1001'),
      amountMinor: 25_000_000,
      currency: 'USD',
      pipeline: 'events',
    });
    expect(res.status).toBe(201);
    const link = await json(res);
    expect(link).toMatchObject({
      eventId,
      source: 'hubspot',
      dealId: 'hs-1001',
      linkedBy: 'pia',
      amountMinor: 25_000_000,
    });

    const [published] = await outbox(service, { type: 'events.DealLinkedToEvent', key: eventId });
    expect(published!.scope).toEqual({ orgId: ORG, clientId, eventId });
    expect(published!.payload).toEqual({
      eventId,
      clientId,
      dealId: 'hs-1001',
      dealName: 'Deal hs-1001',
      stage: 'closedwon',
      source: 'hubspot',
      amountMinor: 25_000_000,
      currency: 'USD',
      pipeline: 'events',
    });
    expect(published!.envelope).toMatchObject({ actor: { kind: 'user', id: 'pia' }, counts: { affected: 1 } });

    const view = await json(await producer.get(`/events/${eventId}`));
    expect(view.deal).toEqual(link);
    expect(view).toMatchObject({ eventId, registration: null, nps: null });
  });

  it('answers the same deal again with 200 and publishes nothing', async () => {
    const eventId = await newEvent('Litware Roadshow');
    expect((await admin.post(`/events/${eventId}/deal-links`, deal('hs-2002'))).status).toBe(201);
    const again = await admin.post(`/events/${eventId}/deal-links`, deal('hs-2002', { stage: 'contractsent' }));
    expect(again.status).toBe(200);
    expect((await json(again)).stage).toBe('closedwon');
    expect(await outbox(service, { type: 'events.DealLinkedToEvent', key: eventId })).toHaveLength(1);
  });

  it('refuses a second deal for an event and a deal another event has (409), leaving no trace', async () => {
    const first = await newEvent('Litware Gala');
    const second = await newEvent('Litware Dinner');
    expect((await admin.post(`/events/${first}/deal-links`, deal('hs-3003'))).status).toBe(201);
    const before = (await outbox(service)).length;
    const other = await admin.post(`/events/${first}/deal-links`, deal('hs-3004'));
    expect(other.status).toBe(409);
    expect((await json(other)).code).toBe('EVENTS.EVENT_ALREADY_LINKED');
    const taken = await admin.post(`/events/${second}/deal-links`, deal('hs-3003'));
    expect(taken.status).toBe(409);
    expect((await json(taken)).code).toBe('EVENTS.DEAL_LINKED_ELSEWHERE');
    expect((await admin.post(`/events/${second}/deal-links`, deal('hs-3003', { source: 'salesforce' }))).status).toBe(
      201,
    );
    expect((await outbox(service)).length).toBe(before + 1);
  });

  it('refuses a viewer and a producer of another event (403), an unknown event (404) and bad input (400)', async () => {
    const eventId = await newEvent('Litware Offsite');
    const elsewhere = await newEvent('Litware Elsewhere');
    const viewer = await as('vic', 'viewer', { clientId });
    const stranger = await as('sam', 'producer', { clientId, eventId: elsewhere });
    expect((await viewer.post(`/events/${eventId}/deal-links`, deal('hs-4004'))).status).toBe(403);
    expect((await stranger.post(`/events/${eventId}/deal-links`, deal('hs-4004'))).status).toBe(403);
    const missing = await admin.post('/events/no-such-event/deal-links', deal('hs-4004'));
    expect(missing.status).toBe(404);
    expect((await json(missing)).code).toBe('EVENTS.EVENT_NOT_FOUND');
    const noId = await admin.post(`/events/${eventId}/deal-links`, deal('  '));
    expect(noId.status).toBe(400);
    expect((await json(noId)).errors.map((e: { path: string }) => e.path)).toEqual(['dealId']);
    const halfAmount = await admin.post(`/events/${eventId}/deal-links`, deal('hs-4004', { amountMinor: 10 }));
    expect((await json(halfAmount)).errors).toEqual([
      { path: 'currency', message: 'give amountMinor and currency together' },
    ]);
    expect(await outbox(service, { type: 'events.DealLinkedToEvent', key: eventId })).toEqual([]);
  });
});
