import type { BizzaboEventFigures } from '@playbook/contracts/types';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, outbox, type World } from './harness.ts';
import { type Api, eventsWorld } from './world.ts';

/**
 * An event linked to its Bizzabo event (PATCH externalIds.bizzabo), then the Bizzabo connector's
 * batches (a stand-in named integrations.bizzabo, on its real topic) → a registration snapshot and
 * an NPS reading as of each window's end, once per window.
 */
const ORG = 'org-bizzabo-figures';
const T1 = Date.UTC(2026, 8, 14, 18);
let world: World;
let service: Service;
let bizzabo: Service;
let as: Awaited<ReturnType<typeof eventsWorld>>['as'];
let admin: Api;
let clientId: string;
let summit: string;
let meetup: string;
let requests = 0;

const figures = (bizzaboEventId: string, more: Partial<BizzaboEventFigures> = {}): BizzaboEventFigures => ({
  bizzaboEventId,
  name: `Bizzabo ${bizzaboEventId}`,
  capacity: 500,
  registered: 410,
  cancelled: 12,
  checkedIn: 0,
  npsSurveyId: null,
  npsAnswers: [],
  ...more,
});
const handled = async () =>
  Number(
    (
      await service.sql()`select count(*)::int as n from inbox where consumer = 'record-figures-when-bizzabo-synced'`
    )[0]!.n,
  );
/** Publishes a window's batch as the connector would, and waits until events has handled it. */
async function deliver(windowTo: number, events: BizzaboEventFigures[], orgId = ORG) {
  const before = await handled();
  const messageId = await publishThrough(bizzabo, {
    type: 'integrations.bizzabo.BizzaboRegistrationsFetched',
    key: 'bizzabo:registrations',
    scope: { orgId },
    payload: {
      dataset: 'registrations',
      windowFrom: windowTo - 86_400_000,
      windowTo,
      part: 1,
      parts: 1,
      requestId: `req-${++requests}`,
      events,
    },
  });
  await eventually(async () => expect(await handled()).toBe(before + 1), { timeoutMs: 30_000 });
  return messageId;
}

beforeAll(async () => {
  const w = await eventsWorld('ev-bizzabo', ORG);
  ({ world, service, as } = w);
  bizzabo = await world.start({ name: 'integrations.bizzabo' });
  admin = await as('admin', 'admin');
  clientId = (await json(await admin.post('/clients', { name: 'Fabrikam' }))).clientId;
  const event = (name: string) => ({ clientId, name, startsOn: '2026-09-14', endsOn: '2026-09-16', timezone: 'UTC' });
  summit = (await json(await admin.post('/events', event('Fabrikam Summit')))).eventId;
  meetup = (await json(await admin.post('/events', event('Fabrikam Meetup')))).eventId;
});
afterAll(() => world?.dispose());

describe('linking an event to its Bizzabo event', () => {
  it('sets externalIds.bizzabo with PATCH, shows it on the event and in EventUpdated', async () => {
    const producer = await as('pat', 'producer', { clientId, eventId: summit });
    const res = await producer.patch(`/events/${summit}`, { externalIds: { bizzabo: '391636' } });
    expect(res.status).toBe(200);
    expect((await json(res)).externalIds).toEqual({ bizzabo: '391636' });
    expect((await json(await admin.get(`/events/${summit}`))).externalIds).toEqual({ bizzabo: '391636' });
    const listed = (await json(await admin.get('/events?limit=100'))).items;
    expect(listed.find((e: { eventId: string }) => e.eventId === summit).externalIds).toEqual({ bizzabo: '391636' });
    const [updated] = (await outbox(service, { type: 'events.EventUpdated', key: summit })).slice(-1);
    expect(updated!.payload).toMatchObject({
      eventId: summit,
      name: 'Fabrikam Summit',
      externalIds: { bizzabo: '391636' },
    });
  });

  it('refuses an id another event holds (409), keeps other fields as they were, and unlinks with null', async () => {
    const taken = await admin.patch(`/events/${meetup}`, { venue: 'Hall B', externalIds: { bizzabo: '391636' } });
    expect(taken.status).toBe(409);
    expect((await json(taken)).code).toBe('EVENTS.EXTERNAL_ID_TAKEN');
    expect((await json(await admin.get(`/events/${meetup}`))).venue).toBeNull();
    expect((await admin.patch(`/events/${meetup}`, { externalIds: { bizzabo: '391700' } })).status).toBe(200);
    expect((await admin.patch(`/events/${meetup}`, { externalIds: { bizzabo: null } })).status).toBe(200);
    expect((await json(await admin.get(`/events/${meetup}`))).externalIds).toEqual({});
    expect((await admin.patch(`/events/${meetup}`, { externalIds: { hubspot: '1' } })).status).toBe(400);
    const viewer = await as('vic', 'viewer', { clientId, eventId: meetup });
    expect((await viewer.patch(`/events/${meetup}`, { externalIds: { bizzabo: '391700' } })).status).toBe(403);
  });
});

describe('figures from Bizzabo', () => {
  it('records the snapshot and the NPS as of the window end on the linked event, and nothing for unlinked ones', async () => {
    const batchId = await deliver(T1, [
      figures('391636', { checkedIn: 150, npsSurveyId: 'survey-1', npsAnswers: [1, 0, 0, 3, 0, 0, 3, 3, 3, 9, 9] }),
      figures('391700', { registered: 60 }),
    ]);
    const snapshots = await outbox(service, { type: 'events.RegistrationSnapshotRecorded' });
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.payload).toEqual({
      eventId: summit,
      clientId,
      registered: 410,
      checkedIn: 150,
      asOf: T1,
      source: 'bizzabo',
      capacity: 500,
      externalEventId: '391636',
    });
    const [nps] = await outbox(service, { type: 'events.NpsRecorded', key: summit });
    // 18 promoters, 6 passives, 7 detractors of 31: round(100 × 11 / 31) = 35.
    expect(nps!.payload).toMatchObject({ score: 35, respondents: 31, promoters: 18, passives: 6, detractors: 7 });
    expect(nps!.payload).toMatchObject({ asOf: T1, surveyId: 'survey-1', source: 'bizzabo' });
    expect(nps!.envelope).toMatchObject({ causationId: batchId });

    const view = await json(await admin.get(`/events/${summit}`));
    expect(view.registration).toMatchObject({ registered: 410, checkedIn: 150, asOf: new Date(T1).toISOString() });
    expect(view.nps).toMatchObject({ score: 35, respondents: 31 });
    expect((await json(await admin.get(`/events/${meetup}`))).registration).toBeNull();
  });

  it('a re-fetched window changes nothing; a later window records new figures; no answers, no NPS', async () => {
    await deliver(T1, [figures('391636', { checkedIn: 999, npsAnswers: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50] })]);
    expect(await outbox(service, { type: 'events.RegistrationSnapshotRecorded' })).toHaveLength(1);
    expect(await outbox(service, { type: 'events.NpsRecorded' })).toHaveLength(1);
    expect((await json(await admin.get(`/events/${summit}`))).registration.checkedIn).toBe(150);

    await deliver(T1 + 3_600_000, [figures('391636', { checkedIn: 320 })]);
    const snapshots = await outbox(service, { type: 'events.RegistrationSnapshotRecorded' });
    expect(snapshots.map((s) => s.payload.checkedIn)).toEqual([150, 320]);
    expect(await outbox(service, { type: 'events.NpsRecorded' })).toHaveLength(1);
    expect((await json(await admin.get(`/events/${summit}`))).registration.checkedIn).toBe(320);
  });

  it('never records on an event of another organization holding nothing of that id', async () => {
    await deliver(T1 + 7_200_000, [figures('391636', { checkedIn: 400 })], 'org-someone-else');
    expect(await outbox(service, { type: 'events.RegistrationSnapshotRecorded' })).toHaveLength(2);
  });
});
