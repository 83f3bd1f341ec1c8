import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { cancel, type EventStatus, type Transition, transition } from '../domain/lifecycle.ts';
import { eventOrNotFound, scopeOf } from './events.commands.ts';
import { type EventRow, findEvent, setStatus } from './events.store.ts';

function refuseIllegal(t: Transition): asserts t is Extract<Transition, { ok: true }> {
  if (!t.ok) {
    throw new CodedError(
      'EVENTS.ILLEGAL_TRANSITION',
      `An event cannot go from ${t.from} to ${t.to}. ${t.reason}`,
      409,
      { from: t.from, to: t.to },
    );
  }
}

const lifecycleRule = (from: EventStatus, to: EventStatus) => ({ name: 'event-lifecycle', parameters: { from, to } });

/** Moves an event one step along its lifecycle and publishes EventStatusChanged. */
export async function changeEventStatus(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  eventId: string,
  to: EventStatus,
): Promise<EventRow> {
  const row = await eventOrNotFound(tx, orgId, eventId);
  const t = transition(row.status, to);
  refuseIllegal(t);
  await setStatus(tx, eventId, t.to);
  await publisher.publish({
    type: 'events.EventStatusChanged',
    key: eventId,
    scope: scopeOf(row),
    payload: { eventId, clientId: row.client_id, from: t.from, to: t.to },
    counts: { affected: 1 },
    rules: [lifecycleRule(t.from, t.to)],
  });
  return (await findEvent(tx, orgId, eventId))!;
}

/** Cancels an event in any state before closed and publishes EventCancelled. */
export async function cancelEvent(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  eventId: string,
  reason: string | null,
): Promise<EventRow> {
  const row = await eventOrNotFound(tx, orgId, eventId);
  const t = cancel(row.status);
  refuseIllegal(t);
  await setStatus(tx, eventId, 'cancelled', reason);
  await publisher.publish({
    type: 'events.EventCancelled',
    key: eventId,
    scope: scopeOf(row),
    payload: { eventId, clientId: row.client_id, from: t.from, reason },
    counts: { affected: 1 },
    rules: [lifecycleRule(t.from, 'cancelled')],
  });
  return (await findEvent(tx, orgId, eventId))!;
}
