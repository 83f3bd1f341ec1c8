import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const ENGAGEMENT_WITHOUT_SIGNED_CONTRACT = 'engagement-without-signed-contract';
export const CONTRACT_LEAD_DAYS = 14;

/**
 * An active engagement with no signed statement of work (its own, or one for the same vendor at the
 * event) when the event starts within `leadDays` (and has not ended). The window is the event and the
 * lead time, so the daily sweep raises it once.
 */
export function engagementWithoutSignedContract(
  engagement: ToolRecord,
  countdown: ToolRecord,
  contracts: ToolRecord[],
  leadDays: number,
  calls: { countdown: string },
): HeadsUpDraft | null {
  const e = engagement.fields;
  const d = countdown.fields;
  if (e.status !== 'active' || d.status === 'cancelled') return null;
  if (Number(d.daysUntilStart) > leadDays || Number(d.daysUntilEnd) < 0) return null;
  const signed = contracts.some(
    (c) =>
      c.fields.status === 'signed' &&
      c.fields.kind === 'SOW' &&
      (c.fields.engagementId === engagement.recordId ||
        (c.fields.vendorId === e.vendorId && c.fields.eventId === e.eventId)),
  );
  if (signed) return null;
  return {
    rule: ENGAGEMENT_WITHOUT_SIGNED_CONTRACT,
    subjectType: 'engagement',
    subjectId: engagement.recordId,
    window: `${e.eventId}:${leadDays}d`,
    eventId: String(e.eventId),
    clientId: String(e.clientId),
    severity: 'warning',
    title: `No signed contract with ${e.vendorName} and the event is close`,
    citations: [cite('days until the event starts', countdown, 'daysUntilStart', calls.countdown)],
    records: basis(engagement, countdown, ...contracts),
    commentary: [
      { slot: 'what', text: `${e.vendorName} is engaged for ${e.serviceLine} without a signed statement of work.` },
      { slot: 'suggestion', text: 'Send the statement of work for signature now.' },
    ],
  };
}
