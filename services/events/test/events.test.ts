import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { json, outbox, type World } from './harness.ts';
import { eventsWorld, probeDefinition, type Api } from './world.ts';

const ORG = 'org-events';
let world: World;
let service: Service;
let probe: Service;
let as: Awaited<ReturnType<typeof eventsWorld>>['as'];
let admin: Api;
let viewer: Api;
let c1: string;
let c2: string;

const summit = (clientId: string, extra: Record<string, unknown> = {}) => ({
  clientId,
  name: 'Spring Summit',
  startsOn: '2026-04-20',
  endsOn: '2026-04-22',
  timezone: 'America/New_York',
  venue: 'Javits Center, New York',
  ...extra,
});
const create = async (api: Api, clientId: string, extra: Record<string, unknown> = {}) => {
  const res = await api.post('/events', summit(clientId, extra));
  expect(res.status).toBe(201);
  return json(res);
};

beforeAll(async () => {
  const w = await eventsWorld('ev-events', ORG);
  ({ world, service, as } = w);
  probe = await world.start(probeDefinition);
  admin = await as('admin', 'admin');
  viewer = await as('viewer', 'viewer');
  c1 = (await json(await admin.post('/clients', { name: 'Northwind' }))).clientId;
  c2 = (await json(await admin.post('/clients', { name: 'Contoso' }))).clientId;
});
afterAll(() => world?.dispose());

describe('creating events', () => {
  it('lets a client-scope producer create an event in draft; EventCreated reaches another module over Kafka', async () => {
    const producer = await as('pia', 'producer', { clientId: c1 });
    const res = await producer.post('/events', summit(c1), { 'x-correlation-id': 'flow-summit' });
    expect(res.status).toBe(201);
    const event = await json(res);
    expect(event).toMatchObject({
      clientId: c1,
      status: 'draft',
      startsOn: '2026-04-20',
      endsOn: '2026-04-22',
      venue: 'Javits Center, New York',
    });
    const [row] = await outbox(service, { type: 'events.EventCreated', key: event.eventId });
    expect(row!.scope).toEqual({ orgId: ORG, clientId: c1, eventId: event.eventId });
    expect(row!.payload).toEqual({
      eventId: event.eventId,
      clientId: c1,
      name: 'Spring Summit',
      startsOn: '2026-04-20',
      endsOn: '2026-04-22',
      timezone: 'America/New_York',
      venue: 'Javits Center, New York',
      status: 'draft',
    });

    await eventually(async () => {
      const seen =
        await probe.sql()`select client_id, name, correlation_id from seen_events where event_id = ${event.eventId}`;
      expect(seen).toEqual([{ client_id: c1, name: 'Spring Summit', correlation_id: 'flow-summit' }]);
    });
    const [node] =
      await probe.sql()`select kind, org_id, client_id from access_scope_nodes where id = ${event.eventId}`;
    expect(node).toEqual({ kind: 'event', org_id: ORG, client_id: c1 });
  });

  it('answers bad input with a 400 problem naming each field', async () => {
    const res = await admin.post('/events', summit(c1, { startsOn: '2026-02-30', timezone: 'EST', name: '' }));
    expect(res.status).toBe(400);
    const problem = await json(res);
    expect(problem.code).toBe('HTTP.VALIDATION_FAILED');
    expect(problem.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'startsOn', 'timezone']);
    const backwards = await json(await admin.post('/events', summit(c1, { endsOn: '2026-04-19' })));
    expect(backwards.errors).toEqual([{ path: 'endsOn', message: 'must be on or after startsOn' }]);
  });

  it('answers 404 for an unknown client', async () => {
    const res = await admin.post('/events', summit('no-such-client'));
    expect(res.status).toBe(404);
    expect((await json(res)).code).toBe('EVENTS.CLIENT_NOT_FOUND');
  });

  it('refuses a viewer and a producer of another client with 403, leaving no outbox row', async () => {
    const other = await as('otto', 'producer', { clientId: c2 });
    const before = (await outbox(service)).length;
    expect((await viewer.post('/events', summit(c1))).status).toBe(403);
    const res = await other.post('/events', summit(c1));
    expect(res.status).toBe(403);
    expect((await json(res)).code).toBe('AUTH.FORBIDDEN');
    expect((await outbox(service)).length).toBe(before);
  });

  it('replays a repeated Idempotency-Key: one event, one EventCreated', async () => {
    const headers = { 'idempotency-key': `event-${Date.now()}` };
    const first = await admin.post('/events', summit(c2), headers);
    const second = await admin.post('/events', summit(c2), headers);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const { eventId } = await json(first);
    expect((await json(second)).eventId).toBe(eventId);
    expect(await outbox(service, { key: eventId })).toHaveLength(1);
  });
});

describe('changing events', () => {
  it('lets a client-scope grant cover that client’s events at once, but not another client’s', async () => {
    const event = await create(admin, c1);
    const producer = await as('lead', 'producer', { clientId: c1 });
    const res = await producer.patch(`/events/${event.eventId}`, { name: 'Spring Summit 2026', venue: null });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ name: 'Spring Summit 2026', venue: null, startsOn: '2026-04-20' });
    const [update] = await outbox(service, { type: 'events.EventUpdated', key: event.eventId });
    expect(update!.payload).toMatchObject({
      eventId: event.eventId,
      clientId: c1,
      name: 'Spring Summit 2026',
      venue: null,
    });
    const other = await as('otto', undefined);
    expect((await other.patch(`/events/${event.eventId}`, { name: 'Hijack' })).status).toBe(403);
    const late = await producer.patch(`/events/${event.eventId}`, { endsOn: '2026-04-01' });
    expect(late.status).toBe(400);
    expect((await json(late)).code).toBe('EVENTS.DATES_OUT_OF_ORDER');
    expect((await producer.patch(`/events/${event.eventId}`, {})).status).toBe(400);
  });

  it('walks the lifecycle one step at a time and refuses illegal moves with 409 naming from and to', async () => {
    const event = await create(admin, c1);
    const move = (to: string) => admin.post(`/events/${event.eventId}/status`, { to });
    expect((await move('planning')).status).toBe(200);
    const skip = await move('live');
    expect(skip.status).toBe(409);
    expect(await json(skip)).toMatchObject({ code: 'EVENTS.ILLEGAL_TRANSITION', from: 'planning', to: 'live' });
    expect((await move('confirmed')).status).toBe(200);
    const moves = await outbox(service, { type: 'events.EventStatusChanged', key: event.eventId });
    expect(moves.map((m) => [m.payload.from, m.payload.to])).toEqual([
      ['draft', 'planning'],
      ['planning', 'confirmed'],
    ]);
    expect(moves[0]!.scope).toEqual({ orgId: ORG, clientId: c1, eventId: event.eventId });
    expect((await move('bogus')).status).toBe(400);
  });

  it('cancels from any state before closed (EventCancelled), then refuses every further change', async () => {
    const event = await create(admin, c2);
    const res = await admin.post(`/events/${event.eventId}/cancel`, { reason: 'venue flooded' });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ status: 'cancelled', cancelReason: 'venue flooded' });
    const [cancelled] = await outbox(service, { type: 'events.EventCancelled', key: event.eventId });
    expect(cancelled!.payload).toEqual({
      eventId: event.eventId,
      clientId: c2,
      from: 'draft',
      reason: 'venue flooded',
    });
    const again = await admin.post(`/events/${event.eventId}/cancel`, {});
    expect(await json(again)).toMatchObject({
      status: 409,
      code: 'EVENTS.ILLEGAL_TRANSITION',
      from: 'cancelled',
      to: 'cancelled',
    });
    expect((await admin.post(`/events/${event.eventId}/status`, { to: 'planning' })).status).toBe(409);
    expect((await json(await admin.patch(`/events/${event.eventId}`, { name: 'Back' }))).code).toBe(
      'EVENTS.EVENT_FINAL',
    );
    expect((await viewer.post(`/events/${event.eventId}/cancel`, {})).status).toBe(403);
    expect((await admin.post('/events/nope/cancel', {})).status).toBe(404);
  });

  it('cannot cancel a closed event', async () => {
    const event = await create(admin, c2);
    for (const to of ['planning', 'confirmed', 'live', 'wrapped', 'closed']) {
      expect((await admin.post(`/events/${event.eventId}/status`, { to })).status).toBe(200);
    }
    const res = await admin.post(`/events/${event.eventId}/cancel`, {});
    expect(await json(res)).toMatchObject({
      status: 409,
      code: 'EVENTS.ILLEGAL_TRANSITION',
      from: 'closed',
      to: 'cancelled',
    });
  });
});

describe('reading events', () => {
  it('lists only what the caller may read, filtered by client and status', async () => {
    const a = await create(admin, c1, { name: 'Only A' });
    const scoped = await as('evan', 'contributor', { eventId: a.eventId });
    expect((await json(await scoped.get('/events'))).items.map((e: { eventId: string }) => e.eventId)).toEqual([
      a.eventId,
    ]);
    expect((await scoped.get(`/events/${a.eventId}`)).status).toBe(200);

    const all = await json(await viewer.get('/events?limit=100'));
    const c2Only = await json(await viewer.get(`/events?clientId=${c2}&limit=100`));
    expect(c2Only.items.length).toBeGreaterThan(0);
    expect(c2Only.items.every((e: { clientId: string }) => e.clientId === c2)).toBe(true);
    expect(all.items.length).toBeGreaterThan(c2Only.items.length);
    const cancelled = await json(await viewer.get('/events?status=cancelled'));
    expect(cancelled.items.map((e: { status: string }) => e.status)).toEqual(['cancelled']);

    const other = await as('otto', undefined);
    const others = await json(await other.get('/events?limit=100'));
    expect(others.items.every((e: { clientId: string }) => e.clientId === c2)).toBe(true);
    expect((await other.get(`/events/${a.eventId}`)).status).toBe(403);
    const stranger = await as('nobody', undefined);
    expect((await json(await stranger.get('/events'))).items).toEqual([]);
  });
});
