import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { definition } from '../src/definition.ts';
import { body, createWorld, publishThrough, type World } from './harness.ts';

const ORG = 'org-proj';
let world: World;
let vendors: Service;
/** A stand-in for the events module: publishes real events.* facts through its own outbox and relay. */
let events: Service;

beforeAll(async () => {
  world = await createWorld('vendors-proj');
  vendors = await world.start(definition);
  events = await world.start({ name: 'events' });
  await accessProjection.grant(vendors.sql(), {
    grantId: 'g-lead',
    principalId: 'lead',
    role: 'producer',
    scope: { orgId: ORG, clientId: 'client-9' },
  });
  await accessProjection.grant(vendors.sql(), {
    grantId: 'g-fin',
    principalId: 'fin',
    role: 'finance',
    scope: { orgId: ORG },
  });
}, 90_000);
afterAll(() => world?.dispose());

describe('the local projection of events', () => {
  it('learns an event from events.EventCreated on Kafka, then refuses engagements once it is cancelled', async () => {
    const lead = await world.bearer({ id: 'lead', orgId: ORG });
    const fin = await world.bearer({ id: 'fin', orgId: ORG });
    const post = (path: string, token: string, payload: unknown) =>
      vendors.app.request(path, {
        method: 'POST',
        headers: { authorization: token, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      });
    const { vendorId } = await body(await post('/vendors', fin, { name: 'Stageworks', category: 'staging' }));
    const engage = {
      vendorId,
      eventId: 'event-9',
      serviceLine: 'riser',
      unit: 'item',
      quantity: 4,
      unitRateMinor: 12_500,
      currency: 'USD',
      startsOn: '2026-10-01',
      endsOn: '2026-10-02',
    };
    expect((await body(await post('/engagements', lead, engage))).code).toBe('VENDORS.EVENT_UNKNOWN');

    await publishThrough(events, {
      type: 'events.EventCreated',
      key: 'event-9',
      scope: { orgId: ORG, clientId: 'client-9', eventId: 'event-9' },
      payload: {
        eventId: 'event-9',
        clientId: 'client-9',
        name: 'Launch night',
        startsOn: '2026-10-01',
        endsOn: '2026-10-01',
        timezone: 'Europe/Paris',
        venue: null,
        status: 'draft',
      },
    });
    await eventually(async () => {
      const [row] = await vendors.sql()`select org_id, client_id, name, status from events where event_id = 'event-9'`;
      expect(row).toEqual({ org_id: ORG, client_id: 'client-9', name: 'Launch night', status: 'draft' });
    });
    // The kit's access projection learned the same fact, so the client-scope grant covers the event.
    await eventually(async () => expect((await post('/engagements', lead, engage)).status).toBe(201));

    await publishThrough(events, {
      type: 'events.EventUpdated',
      key: 'event-9',
      scope: { orgId: ORG, clientId: 'client-9', eventId: 'event-9' },
      payload: {
        eventId: 'event-9',
        clientId: 'client-9',
        name: 'Launch night (moved)',
        startsOn: '2026-10-02',
        endsOn: '2026-10-02',
        timezone: 'Europe/Paris',
        venue: null,
      },
    });
    await publishThrough(events, {
      type: 'events.EventCancelled',
      key: 'event-9',
      scope: { orgId: ORG, clientId: 'client-9', eventId: 'event-9' },
      payload: { eventId: 'event-9', clientId: 'client-9', from: 'draft', reason: 'venue lost' },
    });
    await eventually(async () => {
      const [row] = await vendors.sql()`select name, starts_on, status from events where event_id = 'event-9'`;
      expect(row).toEqual({ name: 'Launch night (moved)', starts_on: '2026-10-02', status: 'cancelled' });
    });
    const refused = await post('/engagements', lead, engage);
    expect(refused.status).toBe(409);
    expect((await body(refused)).code).toBe('VENDORS.EVENT_NOT_OPEN');
  });
});
