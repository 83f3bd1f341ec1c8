import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { accessProjection } from '@playbook/service-kit/access-projection';
import { notFound } from '@playbook/service-kit/problem';
import { findClient } from '../clients/clients.store.ts';
import { datesInOrder } from '../domain/event-dates.ts';
import { isFinal } from '../domain/lifecycle.ts';
import {
  detailsOf,
  type EventDetails,
  type EventRow,
  findEvent,
  insertEvent,
  setExternalId,
  updateDetails,
} from './events.store.ts';

/** Ids of an event in other systems, by system; null unlinks. */
export type ExternalIdChanges = { bizzabo?: string | null | undefined };

export const scopeOf = (row: EventRow) => ({ orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });

/** The event of the organization, locked for the change; EVENTS.EVENT_NOT_FOUND (404) otherwise. */
export async function eventOrNotFound(tx: Tx, orgId: string, eventId: string): Promise<EventRow> {
  const row = await findEvent(tx, orgId, eventId, true);
  if (!row) throw notFound(`Event ${eventId}`, 'EVENTS.EVENT_NOT_FOUND');
  return row;
}

export interface NewEvent extends EventDetails {
  orgId: string;
  clientId: string;
  eventId: string;
}

/** Creates an event in draft under a client of the organization and publishes EventCreated. */
export async function createEvent(tx: Tx, publisher: Publisher, e: NewEvent): Promise<EventRow> {
  if (!(await findClient(tx, e.orgId, e.clientId))) throw notFound(`Client ${e.clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
  await insertEvent(tx, e);
  // Applied to our own scope tree at once: a client-scope grant covers the new event right away.
  await accessProjection.recordEvent(tx, e.orgId, e.clientId, e.eventId);
  await publisher.publish({
    type: 'events.EventCreated',
    key: e.eventId,
    scope: { orgId: e.orgId, clientId: e.clientId, eventId: e.eventId },
    payload: {
      eventId: e.eventId,
      clientId: e.clientId,
      name: e.name,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      timezone: e.timezone,
      venue: e.venue,
      status: 'draft',
    },
    counts: { affected: 1 },
  });
  return (await findEvent(tx, e.orgId, e.eventId))!;
}

/** Changes the details of an event that is not closed or cancelled and publishes EventUpdated. */
export async function updateEvent(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  eventId: string,
  { externalIds, ...changes }: Partial<EventDetails> & { externalIds?: ExternalIdChanges | undefined },
): Promise<EventRow> {
  const row = await eventOrNotFound(tx, orgId, eventId);
  if (isFinal(row.status))
    throw new CodedError('EVENTS.EVENT_FINAL', `A ${row.status} event can no longer be edited.`, 409, {
      status: row.status,
    });
  const details: EventDetails = {
    ...detailsOf(row),
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  };
  if (!datesInOrder(details.startsOn, details.endsOn)) {
    throw new CodedError(
      'EVENTS.DATES_OUT_OF_ORDER',
      `endsOn ${details.endsOn} is before startsOn ${details.startsOn}.`,
      400,
    );
  }
  await updateDetails(tx, eventId, details);
  for (const [system, externalId] of Object.entries(externalIds ?? {})) {
    if (externalId === undefined) continue;
    if (!(await setExternalId(tx, { orgId, eventId, system, externalId })))
      throw new CodedError('EVENTS.EXTERNAL_ID_TAKEN', `Another event already has ${system} id ${externalId}.`, 409, {
        system,
        externalId,
      });
  }
  const updated = (await findEvent(tx, orgId, eventId))!;
  await publisher.publish({
    type: 'events.EventUpdated',
    key: eventId,
    scope: scopeOf(row),
    payload: { eventId, clientId: row.client_id, ...details, externalIds: updated.external_ids },
    counts: { affected: 1 },
  });
  return updated;
}
