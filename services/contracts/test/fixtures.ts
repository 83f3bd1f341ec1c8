import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { expect } from 'vitest';
import { body, publishThrough, type World } from './harness.ts';

/** The people and places of the contracts tests, and the stand-ins that publish upstream facts. */
export const ORG = 'org-contracts';
export const CLIENT = 'client-1';
export const PEOPLE = ['admin', 'fin', 'producer-a', 'viewer-b'] as const;
export type Person = (typeof PEOPLE)[number];

export async function arrangeAccess(svc: Service) {
  const sql = svc.sql();
  await accessProjection.recordClient(sql, ORG, CLIENT);
  await accessProjection.recordEvent(sql, ORG, CLIENT, 'event-a');
  await accessProjection.recordEvent(sql, ORG, CLIENT, 'event-b');
  const grant = (
    grantId: string,
    principalId: string,
    role: 'admin' | 'finance' | 'producer' | 'viewer',
    eventId?: string,
  ) => accessProjection.grant(sql, { grantId, principalId, role, scope: { orgId: ORG, eventId: eventId ?? null } });
  await grant('g-admin', 'admin', 'admin');
  await grant('g-fin', 'fin', 'finance');
  await grant('g-pa', 'producer-a', 'producer', 'event-a');
  await grant('g-vb', 'viewer-b', 'viewer', 'event-b');
}

/** Requests to a service as one of the people, with bearer tokens minted in the world. */
export async function peopleOf(world: World) {
  const tokens = Object.fromEntries(
    await Promise.all(PEOPLE.map(async (id) => [id, await world.bearer({ id, orgId: ORG })] as const)),
  ) as Record<Person, string>;
  return (
    svc: Service,
    method: string,
    path: string,
    who: Person,
    payload?: unknown,
    headers: Record<string, string> = {},
  ) =>
    svc.app.request(path, {
      method,
      headers: {
        authorization: tokens[who],
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
    });
}

/** Upstream facts contracts projects: a vendor (vendors topic) and the two events (events topic). */
export async function publishUpstream(
  vendors: Service,
  events: Service,
  contracts: Service,
  vendorIds: Record<string, string>,
) {
  for (const [vendorId, name] of Object.entries(vendorIds)) {
    await publishThrough(vendors, {
      type: 'vendors.VendorRegistered',
      key: vendorId,
      scope: { orgId: ORG },
      payload: { vendorId, name, category: 'av', email: null },
    });
  }
  for (const [eventId, name] of [
    ['event-a', 'Northwind Summit'],
    ['event-b', 'Other Gala'],
  ] as const) {
    await publishThrough(events, {
      type: 'events.EventCreated',
      key: eventId,
      scope: { orgId: ORG, clientId: CLIENT, eventId },
      payload: {
        eventId,
        clientId: CLIENT,
        name,
        startsOn: '2027-03-10',
        endsOn: '2027-03-12',
        timezone: 'America/Chicago',
        venue: null,
        status: 'draft',
      },
    });
  }
  await eventually(
    async () => {
      const [known] = await contracts.sql()<{ vendors: number; events: number }[]>`
        select (select count(*)::int from known_vendors) as vendors, (select count(*)::int from known_events) as events`;
      expect(known).toEqual({ vendors: Object.keys(vendorIds).length, events: 2 });
    },
    { timeoutMs: 30_000 },
  );
}

/** What contracts published, oldest first. */
export const outbox = (contracts: Service, type?: string, key?: string) =>
  contracts.sql()<{ type: string; key: string; payload: any }[]>`
    select type, key, payload from outbox
    where (${type ?? null}::text is null or type = ${type ?? null}) and (${key ?? null}::text is null or key = ${key ?? null})
    order by seq`;

export { body };
