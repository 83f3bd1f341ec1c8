import { randomUUID } from 'node:crypto';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { body, publishThrough } from './harness.ts';

export const ORG = 'org-ai';
export const CLIENT = 'client-1';
export const EVENT = 'event-a';
export const scope = { orgId: ORG, clientId: CLIENT, eventId: EVENT };

/** Grants for the tests: an admin, a producer and a viewer at event-a, finance at the organization. */
export async function arrangeAccess(svc: Service) {
  const sql = svc.sql();
  await accessProjection.recordClient(sql, ORG, CLIENT);
  await accessProjection.recordEvent(sql, ORG, CLIENT, EVENT);
  const grant = (
    principalId: string,
    role: 'admin' | 'finance' | 'producer' | 'viewer' | 'contributor',
    event = true,
  ) =>
    accessProjection.grant(sql, {
      grantId: `g-${principalId}`,
      principalId,
      role,
      scope: event ? scope : { orgId: ORG },
    });
  await grant('admin', 'admin', false);
  await grant('fran', 'finance', false);
  await grant('pat', 'producer');
  await grant('vic', 'viewer');
  await grant('cory', 'contributor');
}

export const call = (
  svc: Service,
  token: string,
  method: string,
  path: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  svc.app.request(path, {
    method,
    headers: {
      authorization: token,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });

export const json = body;

/** A fact published by a stand-in module (through its real outbox and relay). */
export const publish = <T extends EventType>(standIn: Service, input: EventInput<T>) => publishThrough(standIn, input);

export const engagedPayload = (over: Partial<Record<string, unknown>> = {}) => ({
  engagementId: `eng-${randomUUID()}`,
  vendorId: 'ven-1',
  vendorName: 'Brightline AV',
  eventId: EVENT,
  clientId: CLIENT,
  serviceLine: 'lighting-tech',
  unit: 'day',
  quantity: 3,
  unitRateMinor: 60_000,
  amountMinor: 180_000,
  currency: 'USD',
  startsOn: '2026-09-13',
  endsOn: '2026-09-16',
  rateCardId: 'rc-1',
  rateCardUnitRateMinor: 50_000,
  ...over,
});
