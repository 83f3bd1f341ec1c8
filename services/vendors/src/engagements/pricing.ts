import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { type Pricing, type PricingError, priceEngagement } from '../domain/engagement.ts';
import { rateOn } from '../domain/rate-cards.ts';
import { loadRateCards } from '../rate-cards/rate-cards.store.ts';

const PRICING_ERRORS: Record<PricingError, [string, string]> = {
  'no-rate': [
    'VENDORS.NO_RATE',
    'No rate card of this vendor prices this service line and unit on the start day; give unitRateMinor.',
  ],
  'currency-required': ['VENDORS.CURRENCY_REQUIRED', 'No rate card gives the currency; give currency.'],
  'ambiguous-rate': [
    'VENDORS.AMBIGUOUS_RATE',
    'Rate cards in several currencies price this service line on the start day; give currency.',
  ],
};

export interface PriceQuestion {
  vendorId: string;
  serviceLine: string;
  unit: string;
  quantity: number;
  startsOn: string;
  unitRateMinor?: number | undefined;
  currency?: string | undefined;
}

/** Prices terms against the vendor's cards on the start day (engaging and amending alike); 422 when it cannot. */
export async function priceTerms(tx: Tx, q: PriceQuestion): Promise<Pricing> {
  const cards = (await loadRateCards(tx, [q.vendorId], q.currency)).get(q.vendorId) ?? [];
  const lookup = rateOn(cards, { serviceLine: q.serviceLine, unit: q.unit, day: q.startsOn, currency: q.currency });
  const priced = priceEngagement(q, lookup);
  if (!priced.ok) throw new CodedError(PRICING_ERRORS[priced.error][0], PRICING_ERRORS[priced.error][1], 422);
  return priced.pricing;
}

/** The rule an engagement's price followed, as the envelope's `rules` carries it. */
export const pricingRule = (p: Pricing, day: string) => ({
  name: 'rate-card-pricing',
  parameters: {
    day,
    rateCardId: p.rateCardId ?? 'none',
    cardRateMinor: p.rateCardUnitRateMinor === null ? 'none' : String(p.rateCardUnitRateMinor),
    agreedRateMinor: String(p.unitRateMinor),
  },
});
