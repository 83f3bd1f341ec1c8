/**
 * The event lifecycle: draft → planning → confirmed → live → wrapped → closed, one step at a time
 * and only forwards; cancelled from any state before closed. Closed and cancelled are final.
 */
export const EVENT_STATUSES = ['draft', 'planning', 'confirmed', 'live', 'wrapped', 'closed', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const NEXT: Record<EventStatus, EventStatus | null> = {
  draft: 'planning',
  planning: 'confirmed',
  confirmed: 'live',
  live: 'wrapped',
  wrapped: 'closed',
  closed: null,
  cancelled: null,
};

export type Transition =
  | { ok: true; from: EventStatus; to: EventStatus }
  | { ok: false; from: EventStatus; to: EventStatus; reason: string };

export const isFinal = (status: EventStatus): boolean => status === 'closed' || status === 'cancelled';

/** A move along the lifecycle (not a cancellation: that is `cancel`). */
export function transition(from: EventStatus, to: EventStatus): Transition {
  if (to === 'cancelled')
    return { ok: false, from, to, reason: 'An event is cancelled through its cancel command, which takes a reason.' };
  if (NEXT[from] === to) return { ok: true, from, to };
  const next = NEXT[from];
  return {
    ok: false,
    from,
    to,
    reason: next
      ? `From ${from} an event can only move to ${next} (or be cancelled).`
      : `A ${from} event does not change status any more.`,
  };
}

export function cancel(from: EventStatus): Transition {
  if (isFinal(from)) return { ok: false, from, to: 'cancelled', reason: `A ${from} event cannot be cancelled.` };
  return { ok: true, from, to: 'cancelled' };
}
