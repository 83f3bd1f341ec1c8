import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const PO_WITHOUT_APPROVED_ENGAGEMENT = 'po-without-approved-engagement';

/**
 * A purchase order with no engagement behind it, or whose engagement is cancelled (or, once the PO is
 * approved, unknown). `engagementRequired` is false for a freshly raised PO: its engagement may still
 * be on its way (the two topics are not ordered with each other), so only a missing link counts then.
 */
export function poWithoutApprovedEngagement(
  po: ToolRecord,
  engagement: ToolRecord | null,
  engagementRequired: boolean,
  calls: { po: string },
): HeadsUpDraft | null {
  const p = po.fields;
  if (p.status === 'rejected' || p.status === 'cancelled') return null;
  const linked = typeof p.engagementId === 'string';
  let why: string;
  if (!linked) why = 'It was raised without an engagement.';
  else if (engagement?.fields.status === 'cancelled') why = 'Its engagement was cancelled.';
  else if (!engagement && engagementRequired) why = 'Its engagement is not known to be in force.';
  else return null;
  return {
    rule: PO_WITHOUT_APPROVED_ENGAGEMENT,
    subjectType: 'purchase-order',
    subjectId: po.recordId,
    window: `event:${p.eventId}`,
    eventId: String(p.eventId),
    clientId: String(p.clientId),
    severity: p.status === 'approved' ? 'critical' : 'warning',
    title: 'A purchase order without an approved engagement',
    citations: [cite('purchase order amount', po, 'amountMinor', calls.po)],
    records: basis(po, engagement),
    commentary: [
      { slot: 'what', text: why },
      { slot: 'suggestion', text: 'Engage the vendor for this spend, or withdraw the purchase order.' },
    ],
  };
}
