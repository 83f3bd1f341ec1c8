import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Publisher } from '@playbook/bus/handler';
import { commandMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import type { Service } from '@playbook/service-kit/service';
import { recordNps, recordRegistrationSnapshot } from '../src/figures/figures.commands.ts';
import { json, outbox, type World } from './harness.ts';
import { type Api, eventsWorld } from './world.ts';

/**
 * Registration and NPS figures arrive from a connector's consumer (connectors issue); until then the
 * commands are called here the way that consumer will: in one transaction with a publisher whose
 * cause is the consumed message. What they store is read back over HTTP; what they publish, in the outbox.
 */
const ORG = 'org-figures';
const T = Date.UTC(2026, 6, 1, 9);
let world: World;
let service: Service;
let as: Awaited<ReturnType<typeof eventsWorld>>['as'];
let admin: Api;
let clientId: string;
let eventId: string;
let deliveries = 0;

/** As a connector's consumer would: one transaction, a cause of its own per delivery. */
const asConsumer = <T>(fn: (tx: Tx, publisher: Publisher) => Promise<T>) => {
  const delivery = `bizzabo-sync-${++deliveries}`;
  return service.sql().begin((tx) =>
    fn(
      tx,
      service.bus().uow.publisher(tx, {
        correlationId: delivery,
        causationId: delivery,
        actor: { kind: 'connector', id: 'bizzabo', displayName: 'Bizzabo' },
        messageIdFor: (type, index) => commandMessageId('events', delivery, type, index),
      }),
    ),
  ) as Promise<T>;
};
const snapshot = (asOf: number, registered: number, checkedIn: number) => ({
  orgId: ORG,
  eventId,
  source: 'bizzabo',
  asOf,
  registered,
  checkedIn,
  capacity: 500,
});
const nps = (asOf: number, promoters: number, passives: number, detractors: number) => ({
  orgId: ORG,
  eventId,
  source: 'bizzabo',
  asOf,
  promoters,
  passives,
  detractors,
  surveyId: 'survey-9',
});

beforeAll(async () => {
  const w = await eventsWorld('ev-figures', ORG);
  ({ world, service, as } = w);
  admin = await as('admin', 'admin');
  clientId = (await json(await admin.post('/clients', { name: 'Proseware' }))).clientId;
  const event = {
    clientId,
    name: 'Proseware Live',
    startsOn: '2026-07-01',
    endsOn: '2026-07-02',
    timezone: 'UTC',
  };
  eventId = (await json(await admin.post('/events', event))).eventId;
});
afterAll(() => world?.dispose());

describe('registration snapshots', () => {
  it('records a snapshot (RegistrationSnapshotRecorded at event scope); the event shows the latest by as-of', async () => {
    expect(await asConsumer((tx, p) => recordRegistrationSnapshot(tx, p, snapshot(T, 310, 0)))).toBe('recorded');
    expect(await asConsumer((tx, p) => recordRegistrationSnapshot(tx, p, snapshot(T + 3_600_000, 342, 120)))).toBe(
      'recorded',
    );
    // A late delivery of an older count is kept as history but does not replace the latest.
    expect(await asConsumer((tx, p) => recordRegistrationSnapshot(tx, p, snapshot(T - 60_000, 300, 0)))).toBe(
      'recorded',
    );
    const published = await outbox(service, { type: 'events.RegistrationSnapshotRecorded', key: eventId });
    expect(published).toHaveLength(3);
    expect(published[1]!.scope).toEqual({ orgId: ORG, clientId, eventId });
    expect(published[1]!.payload).toEqual({
      eventId,
      clientId,
      registered: 342,
      checkedIn: 120,
      asOf: T + 3_600_000,
      source: 'bizzabo',
      capacity: 500,
      externalEventId: null,
    });
    expect(published[1]!.envelope).toMatchObject({
      actor: { kind: 'connector', id: 'bizzabo' },
      counts: { affected: 1 },
    });

    const viewer = await as('vic', 'viewer', { clientId, eventId });
    expect((await json(await viewer.get(`/events/${eventId}`))).registration).toEqual({
      registered: 342,
      checkedIn: 120,
      capacity: 500,
      asOf: new Date(T + 3_600_000).toISOString(),
      source: 'bizzabo',
      externalEventId: null,
    });
  });

  it('changes nothing and publishes nothing for the same source and as-of again, even with other numbers', async () => {
    const before = await outbox(service, { type: 'events.RegistrationSnapshotRecorded', key: eventId });
    expect(await asConsumer((tx, p) => recordRegistrationSnapshot(tx, p, snapshot(T + 3_600_000, 999, 999)))).toBe(
      'unchanged',
    );
    expect(await outbox(service, { type: 'events.RegistrationSnapshotRecorded', key: eventId })).toHaveLength(
      before.length,
    );
    expect((await json(await admin.get(`/events/${eventId}`))).registration.registered).toBe(342);
  });

  it('refuses an unknown event (404) and impossible numbers (400)', async () => {
    await expect(
      asConsumer((tx, p) => recordRegistrationSnapshot(tx, p, { ...snapshot(T, 1, 1), eventId: 'no-such-event' })),
    ).rejects.toMatchObject({ code: 'EVENTS.EVENT_NOT_FOUND', status: 404 });
    await expect(
      asConsumer((tx, p) => recordRegistrationSnapshot(tx, p, snapshot(T + 1, -5, 0))),
    ).rejects.toMatchObject({ code: 'EVENTS.INVALID_FIGURES', status: 400 });
  });
});

describe('NPS readings', () => {
  it('records a reading with the score computed from the bands (NpsRecorded); the event shows the latest', async () => {
    expect(await asConsumer((tx, p) => recordNps(tx, p, nps(T, 40, 40, 20)))).toBe('recorded');
    expect(await asConsumer((tx, p) => recordNps(tx, p, nps(T + 86_400_000, 60, 25, 15)))).toBe('recorded');
    const published = await outbox(service, { type: 'events.NpsRecorded', key: eventId });
    expect(published.map((m) => m.payload.score)).toEqual([20, 45]);
    expect(published[1]!.payload).toEqual({
      eventId,
      clientId,
      score: 45,
      respondents: 100,
      promoters: 60,
      passives: 25,
      detractors: 15,
      asOf: T + 86_400_000,
      source: 'bizzabo',
      surveyId: 'survey-9',
    });
    expect(published[1]!.envelope.counts).toEqual({ affected: 1, respondents: 100 });
    expect(published[1]!.envelope.rules[0]).toEqual({
      name: 'nps-bands',
      parameters: { promoters: '9-10', passives: '7-8', detractors: '0-6' },
    });
    expect((await json(await admin.get(`/events/${eventId}`))).nps).toMatchObject({
      score: 45,
      respondents: 100,
      asOf: new Date(T + 86_400_000).toISOString(),
    });
  });

  it('changes nothing and publishes nothing for the same reading again; refuses one without respondents', async () => {
    expect(await asConsumer((tx, p) => recordNps(tx, p, nps(T, 40, 40, 20)))).toBe('unchanged');
    expect(await outbox(service, { type: 'events.NpsRecorded', key: eventId })).toHaveLength(2);
    await expect(asConsumer((tx, p) => recordNps(tx, p, nps(T + 5, 0, 0, 0)))).rejects.toMatchObject({
      code: 'EVENTS.INVALID_FIGURES',
    });
  });

  it('shows the figures only to those who may read the event', async () => {
    const orgViewer = await as('olga', 'viewer', {});
    expect((await orgViewer.get(`/events/${eventId}`)).status).toBe(200);
    const stranger = await as('nobody', undefined);
    expect((await stranger.get(`/events/${eventId}`)).status).toBe(403);
  });
});
