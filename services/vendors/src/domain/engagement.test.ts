import { describe, expect, it } from 'vitest';
import { acceptsEngagements, amendable, cancel, complete, keptRate, priceEngagement, ratable } from './engagement.ts';

const card = { kind: 'found' as const, match: { rateCardId: 'rc-1', currency: 'USD', unitRateMinor: 50_000 } };

describe('priceEngagement', () => {
  it('defaults the rate and currency to the card and rounds the amount', () => {
    expect(priceEngagement({ quantity: 2.5 }, card)).toEqual({
      ok: true,
      pricing: {
        unitRateMinor: 50_000,
        amountMinor: 125_000,
        currency: 'USD',
        rateCardId: 'rc-1',
        rateCardUnitRateMinor: 50_000,
      },
    });
  });

  it('keeps an agreed rate and still reports the card rate beside it', () => {
    const result = priceEngagement({ quantity: 3, unitRateMinor: 60_001 }, card);
    expect(result).toEqual({
      ok: true,
      pricing: {
        unitRateMinor: 60_001,
        amountMinor: 180_003,
        currency: 'USD',
        rateCardId: 'rc-1',
        rateCardUnitRateMinor: 50_000,
      },
    });
  });

  it('refuses without a rate, without a currency, or with cards in several currencies', () => {
    expect(priceEngagement({ quantity: 1 }, { kind: 'none' })).toEqual({ ok: false, error: 'no-rate' });
    expect(priceEngagement({ quantity: 1, unitRateMinor: 100 }, { kind: 'none' })).toEqual({
      ok: false,
      error: 'currency-required',
    });
    expect(priceEngagement({ quantity: 1 }, { kind: 'ambiguous', currencies: ['EUR', 'USD'] })).toEqual({
      ok: false,
      error: 'ambiguous-rate',
    });
    expect(priceEngagement({ quantity: 1, unitRateMinor: 100, currency: 'GBP' }, { kind: 'none' })).toEqual({
      ok: true,
      pricing: { unitRateMinor: 100, amountMinor: 100, currency: 'GBP', rateCardId: null, rateCardUnitRateMinor: null },
    });
  });
});

describe('engagement lifecycle', () => {
  it('cancels an active engagement once', () => {
    expect(cancel('active')).toEqual({ ok: true, next: 'cancelled' });
    expect(cancel('cancelled')).toEqual({ ok: false });
  });

  it('takes no engagements on a cancelled or closed event', () => {
    expect(acceptsEngagements('planning')).toBe(true);
    expect(acceptsEngagements('cancelled')).toBe(false);
    expect(acceptsEngagements('closed')).toBe(false);
  });
});

describe('completing, amending and rating', () => {
  it('completes and amends only an active engagement, and rates only a completed one', () => {
    expect(complete('active')).toEqual({ ok: true, next: 'completed' });
    expect(complete('completed')).toEqual({ ok: false });
    expect(complete('cancelled')).toEqual({ ok: false });
    expect(amendable('active').ok).toBe(true);
    expect(amendable('cancelled').ok).toBe(false);
    expect(amendable('completed').ok).toBe(false);
    expect(cancel('completed')).toEqual({ ok: false });
    expect([ratable('completed'), ratable('active'), ratable('cancelled')]).toEqual([true, false, false]);
  });

  it('keeps an agreed rate through an amendment, and lets a card rate follow the card', () => {
    expect(keptRate({ unitRateMinor: 60_001, rateCardUnitRateMinor: 50_000 })).toBe(60_001);
    expect(keptRate({ unitRateMinor: 100, rateCardUnitRateMinor: null })).toBe(100);
    expect(keptRate({ unitRateMinor: 50_000, rateCardUnitRateMinor: 50_000 })).toBeUndefined();
  });
});
