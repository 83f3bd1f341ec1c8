import { amountMinor } from './money.ts';
import type { RateLookup } from './rate-cards.ts';

export type EngagementStatus = 'active' | 'cancelled' | 'completed';

/** Event statuses in which nobody can be engaged any more. */
const CLOSED_EVENT_STATUSES = new Set(['cancelled', 'closed']);
export const acceptsEngagements = (eventStatus: string): boolean => !CLOSED_EVENT_STATUSES.has(eventStatus);

export type PricingError = 'no-rate' | 'currency-required' | 'ambiguous-rate';

export interface Pricing {
  unitRateMinor: number;
  amountMinor: number;
  currency: string;
  rateCardId: string | null;
  rateCardUnitRateMinor: number | null;
}

/**
 * The price of an engagement. The agreed rate is the one given, else the card's rate on the start
 * day. The card's rate travels alongside even when another rate was agreed, so downstream can
 * compare. A currency must come from the request or the card.
 */
export function priceEngagement(
  input: { quantity: number; unitRateMinor?: number | undefined; currency?: string | undefined },
  card: RateLookup,
): { ok: true; pricing: Pricing } | { ok: false; error: PricingError } {
  if (card.kind === 'ambiguous' && input.unitRateMinor === undefined) return { ok: false, error: 'ambiguous-rate' };
  const match = card.kind === 'found' ? card.match : undefined;
  const unitRateMinor = input.unitRateMinor ?? match?.unitRateMinor;
  if (unitRateMinor === undefined) return { ok: false, error: 'no-rate' };
  const currency = input.currency ?? match?.currency;
  if (currency === undefined) return { ok: false, error: 'currency-required' };
  return {
    ok: true,
    pricing: {
      unitRateMinor,
      amountMinor: amountMinor(input.quantity, unitRateMinor),
      currency,
      rateCardId: match?.rateCardId ?? null,
      rateCardUnitRateMinor: match?.unitRateMinor ?? null,
    },
  };
}

/**
 * The rate an amendment prices with when the caller gives none: a rate agreed apart from the card
 * (no card, or a different rate) stays agreed; a rate that was the card's follows the card on the
 * (possibly new) start day, exactly as engaging would.
 */
export function keptRate(current: { unitRateMinor: number; rateCardUnitRateMinor: number | null }): number | undefined {
  const agreed = current.rateCardUnitRateMinor === null || current.unitRateMinor !== current.rateCardUnitRateMinor;
  return agreed ? current.unitRateMinor : undefined;
}

export type Transition = { ok: true; next: EngagementStatus } | { ok: false };

/** Only an active engagement can be cancelled, completed or amended; cancelling twice is a conflict, not a no-op. */
export const cancel = (status: EngagementStatus): Transition =>
  status === 'active' ? { ok: true, next: 'cancelled' } : { ok: false };
export const complete = (status: EngagementStatus): Transition =>
  status === 'active' ? { ok: true, next: 'completed' } : { ok: false };
export const amendable = (status: EngagementStatus): Transition =>
  status === 'active' ? { ok: true, next: 'active' } : { ok: false };

/** Only a completed engagement can be rated. */
export const ratable = (status: EngagementStatus): boolean => status === 'completed';
