/**
 * Linking a CRM deal to the event it becomes: one deal per event and one event per deal (in the
 * CRM the deal names). Linking the same deal again is a no-op, so a connector may repeat itself.
 */
export interface DealRef {
  source: string;
  dealId: string;
}

export type LinkDecision =
  | { kind: 'link' }
  | { kind: 'unchanged' }
  | { kind: 'refused'; code: 'EVENTS.EVENT_ALREADY_LINKED' | 'EVENTS.DEAL_LINKED_ELSEWHERE'; detail: string };

const same = (a: DealRef, b: DealRef) => a.source === b.source && a.dealId === b.dealId;

/**
 * `current`: the deal the event has now; `elsewhere`: the event the requested deal is linked to now.
 */
export function decideLink(
  eventId: string,
  requested: DealRef,
  current: DealRef | null,
  elsewhere: { eventId: string } | null,
): LinkDecision {
  if (current && same(current, requested)) return { kind: 'unchanged' };
  if (current) {
    return {
      kind: 'refused',
      code: 'EVENTS.EVENT_ALREADY_LINKED',
      detail: `Event ${eventId} is linked to ${current.source} deal ${current.dealId} already.`,
    };
  }
  if (elsewhere && elsewhere.eventId !== eventId) {
    return {
      kind: 'refused',
      code: 'EVENTS.DEAL_LINKED_ELSEWHERE',
      detail: `${requested.source} deal ${requested.dealId} is linked to event ${elsewhere.eventId} already.`,
    };
  }
  return { kind: 'link' };
}
