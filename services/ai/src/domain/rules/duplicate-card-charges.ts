import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const DUPLICATE_CARD_CHARGES = 'duplicate-card-charges';
export const DUPLICATE_WINDOW_HOURS = 24;

/**
 * Two or more charges by one card holder at one merchant for one amount within the window. The
 * subject is the earliest charge of the group and the window its day, so every member of the group
 * names the same heads-up. Refunds are never duplicates.
 */
export function duplicateCardCharges(
  charge: ToolRecord,
  similar: ToolRecord[],
  calls: { charge: string; similar: string },
): HeadsUpDraft | null {
  if (similar.length === 0 || Number(charge.fields.amountMinor) <= 0) return null;
  const group = [charge, ...similar].sort(
    (a, b) =>
      String(a.fields.transactedAt).localeCompare(String(b.fields.transactedAt)) ||
      a.recordId.localeCompare(b.recordId),
  );
  const first = group[0]!;
  return {
    rule: DUPLICATE_CARD_CHARGES,
    subjectType: 'card-transaction',
    subjectId: first.recordId,
    window: String(first.fields.transactedAt).slice(0, 10),
    eventId: typeof charge.fields.eventId === 'string' ? charge.fields.eventId : null,
    clientId: null,
    severity: 'warning',
    title: `Possible duplicate card charges at ${charge.fields.merchantName}`,
    citations: group.map((r) => cite('charge amount', r, 'amountMinor', r === charge ? calls.charge : calls.similar)),
    records: basis(...group),
    commentary: [
      {
        slot: 'what',
        text: `${charge.fields.cardHolderName} was charged the same amount by ${charge.fields.merchantName} more than once within a day.`,
      },
      { slot: 'suggestion', text: 'Ask the card holder whether both charges are real before they are allocated.' },
    ],
  };
}
