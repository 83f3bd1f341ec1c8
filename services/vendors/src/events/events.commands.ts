import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Tx } from '@playbook/db/client';
import { insertEvent, setEventStatus, upsertEvent } from './events.store.ts';

/** The projection of the events topic: enough to scope an engagement and refuse a cancelled or closed event. */
export async function recordEvent(tx: Tx, e: EnvelopeOf<'events.EventCreated'>) {
  const p = e.payload;
  await insertEvent(tx, { ...eventOf(e.scope.orgId, p), status: p.status });
}

export async function updateEvent(tx: Tx, e: EnvelopeOf<'events.EventUpdated'>) {
  await upsertEvent(tx, eventOf(e.scope.orgId, e.payload));
}

/** An event moving to closed stops engagements just like a cancellation does. */
export async function changeEventStatus(tx: Tx, eventId: string, status: string) {
  await setEventStatus(tx, eventId, status);
}

const eventOf = (
  orgId: string,
  p: { eventId: string; clientId: string; name: string; startsOn: string; endsOn: string },
) => ({ eventId: p.eventId, orgId, clientId: p.clientId, name: p.name, startsOn: p.startsOn, endsOn: p.endsOn });
