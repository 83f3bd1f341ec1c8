import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const RATE_ABOVE_RATE_CARD = 'rate-above-rate-card';

/**
 * An active engagement whose agreed unit rate is above the vendor's rate-card rate for the same
 * service line and unit (same currency). Cites the engagement and the rate-card line; without a line
 * in the projection, the card rate the engagement itself carries.
 */
export function rateAboveRateCard(
  engagement: ToolRecord,
  line: ToolRecord | null,
  calls: { engagement: string; line: string | null },
): HeadsUpDraft | null {
  const e = engagement.fields;
  if (e.status === 'cancelled') return null;
  const sameCurrency = line !== null && line.fields.currency === e.currency;
  const card = sameCurrency ? line : null;
  const cardRate = card ? card.fields.unitRateMinor : e.rateCardUnitRateMinor;
  if (typeof cardRate !== 'number' || typeof e.unitRateMinor !== 'number' || e.unitRateMinor <= cardRate) return null;
  const cardCitation = card
    ? cite('rate-card rate per unit', card, 'unitRateMinor', calls.line)
    : cite('rate-card rate per unit (as engaged)', engagement, 'rateCardUnitRateMinor', calls.engagement);
  return {
    rule: RATE_ABOVE_RATE_CARD,
    subjectType: 'engagement',
    subjectId: engagement.recordId,
    window: `${e.startsOn}..${e.endsOn}`,
    eventId: String(e.eventId),
    clientId: String(e.clientId),
    severity: 'warning',
    title: `Rate above the rate card: ${e.vendorName}, ${e.serviceLine}`,
    citations: [
      cite('agreed rate per unit', engagement, 'unitRateMinor', calls.engagement),
      cardCitation,
      cite('quantity', engagement, 'quantity', calls.engagement),
      cite('engagement amount', engagement, 'amountMinor', calls.engagement),
    ],
    records: basis(engagement, card),
    commentary: [
      { slot: 'what', text: `The agreed rate for ${e.serviceLine} is above ${e.vendorName}'s rate card.` },
      { slot: 'why-it-matters', text: 'Paying above the card needs a reason the client will accept.' },
      { slot: 'suggestion', text: 'Check the quote against the card, or push back with the reason for the premium.' },
    ],
  };
}
