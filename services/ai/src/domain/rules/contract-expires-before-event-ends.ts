import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const CONTRACT_EXPIRES_BEFORE_EVENT_ENDS = 'contract-expires-before-event-ends';

/**
 * A contract still in force whose last day comes before the end of what it must cover: for an MSA or a
 * SOW without an engagement, an event of its client; for a SOW drafted from an engagement, the engaged
 * work (a SOW for set-up days rightly ends before the show does). `covered` is that event or engagement.
 */
export function contractExpiresBeforeEventEnds(
  contract: ToolRecord,
  covered: ToolRecord,
  calls: { contract: string },
): HeadsUpDraft | null {
  const c = contract.fields;
  const w = covered.fields;
  if (c.status === 'terminated' || typeof c.endsOn !== 'string' || typeof w.endsOn !== 'string') return null;
  if (w.status === 'cancelled' || c.endsOn >= w.endsOn) return null;
  const isEvent = covered.recordType === 'event';
  const eventId = isEvent ? covered.recordId : String(w.eventId);
  return {
    rule: CONTRACT_EXPIRES_BEFORE_EVENT_ENDS,
    subjectType: 'contract',
    subjectId: contract.recordId,
    window: `${eventId}:${c.endsOn}`,
    eventId,
    clientId: String(w.clientId),
    severity: 'warning',
    title: isEvent
      ? `${c.kind} with ${c.vendorName} ends before ${w.name} does`
      : `${c.kind} with ${c.vendorName} ends before the engaged work does`,
    citations: typeof c.valueMinor === 'number' ? [cite('contract value', contract, 'valueMinor', calls.contract)] : [],
    records: basis(contract, covered),
    commentary: [
      { slot: 'what', text: `The contract ends on ${c.endsOn}; what it covers ends on ${w.endsOn}.` },
      { slot: 'suggestion', text: 'Amend the contract to cover the whole of it, or plan for the gap.' },
    ],
  };
}
