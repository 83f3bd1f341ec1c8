import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const CONTRACT_EXPIRES_BEFORE_EVENT_ENDS = 'contract-expires-before-event-ends';

/** A contract still in force whose last day comes before the last day of an event it covers. */
export function contractExpiresBeforeEventEnds(
  contract: ToolRecord,
  event: ToolRecord,
  calls: { contract: string },
): HeadsUpDraft | null {
  const c = contract.fields;
  const e = event.fields;
  if (c.status === 'terminated' || typeof c.endsOn !== 'string' || typeof e.endsOn !== 'string') return null;
  if (e.status === 'cancelled' || c.endsOn >= e.endsOn) return null;
  return {
    rule: CONTRACT_EXPIRES_BEFORE_EVENT_ENDS,
    subjectType: 'contract',
    subjectId: contract.recordId,
    window: `${event.recordId}:${c.endsOn}`,
    eventId: event.recordId,
    clientId: String(e.clientId),
    severity: 'warning',
    title: `${c.kind} with ${c.vendorName} ends before ${e.name} does`,
    citations: typeof c.valueMinor === 'number' ? [cite('contract value', contract, 'valueMinor', calls.contract)] : [],
    records: basis(contract, event),
    commentary: [
      { slot: 'what', text: `The contract ends on ${c.endsOn}; the event ends on ${e.endsOn}.` },
      { slot: 'suggestion', text: 'Amend the contract to cover the whole event, or plan for the gap.' },
    ],
  };
}
