import { describe, expect, it } from 'vitest';
import { currentCards, findOverlaps, rateOn, windowsOverlap, type RateCard } from './rate-cards.ts';

const card = (
  id: string,
  currency: string,
  validFrom: string,
  validTo: string | null,
  lines: [string, string, number][],
): RateCard => ({
  rateCardId: id,
  currency,
  validFrom,
  validTo,
  lines: lines.map(([serviceLine, unit, unitRateMinor]) => ({ serviceLine, unit, unitRateMinor })),
});

describe('windowsOverlap (inclusive days, null = open-ended)', () => {
  it('sees a shared day as an overlap and adjacent windows as none', () => {
    expect(
      windowsOverlap({ validFrom: '2026-01-01', validTo: '2026-06-30' }, { validFrom: '2026-06-30', validTo: null }),
    ).toBe(true);
    expect(
      windowsOverlap({ validFrom: '2026-01-01', validTo: '2026-06-30' }, { validFrom: '2026-07-01', validTo: null }),
    ).toBe(false);
    expect(
      windowsOverlap({ validFrom: '2027-01-01', validTo: null }, { validFrom: '2026-01-01', validTo: '2026-12-31' }),
    ).toBe(false);
    expect(windowsOverlap({ validFrom: '2026-01-01', validTo: null }, { validFrom: '2030-01-01', validTo: null })).toBe(
      true,
    );
  });
});

describe('findOverlaps', () => {
  const existing = [
    card('a', 'USD', '2026-01-01', '2026-12-31', [
      ['lighting-tech', 'day', 50_000],
      ['rigging', 'day', 60_000],
    ]),
  ];

  it('flags the same currency, an overlapping window and a shared service line', () => {
    const clash = findOverlaps(existing, {
      currency: 'USD',
      validFrom: '2026-06-01',
      validTo: null,
      lines: [{ serviceLine: 'rigging', unit: 'day', unitRateMinor: 1 }],
    });
    expect(clash).toEqual([{ rateCardId: 'a', serviceLines: ['rigging'] }]);
  });

  it('allows another currency, other service lines, or a later window', () => {
    const line = [{ serviceLine: 'rigging', unit: 'day', unitRateMinor: 1 }];
    expect(findOverlaps(existing, { currency: 'EUR', validFrom: '2026-06-01', validTo: null, lines: line })).toEqual(
      [],
    );
    expect(
      findOverlaps(existing, {
        currency: 'USD',
        validFrom: '2026-06-01',
        validTo: null,
        lines: [{ serviceLine: 'catering', unit: 'head', unitRateMinor: 1 }],
      }),
    ).toEqual([]);
    expect(findOverlaps(existing, { currency: 'USD', validFrom: '2027-01-01', validTo: null, lines: line })).toEqual(
      [],
    );
  });
});

describe('rateOn', () => {
  const cards = [
    card('usd-2026', 'USD', '2026-01-01', '2026-12-31', [['lighting-tech', 'day', 50_000]]),
    card('usd-2027', 'USD', '2027-01-01', null, [['lighting-tech', 'day', 55_000]]),
    card('eur-2027', 'EUR', '2027-01-01', null, [['lighting-tech', 'day', 48_000]]),
  ];

  it('finds the card valid on the day, per service line and unit', () => {
    expect(rateOn(cards, { serviceLine: 'lighting-tech', unit: 'day', day: '2026-12-31' })).toEqual({
      kind: 'found',
      match: { rateCardId: 'usd-2026', currency: 'USD', unitRateMinor: 50_000 },
    });
    expect(rateOn(cards, { serviceLine: 'lighting-tech', unit: 'hour', day: '2026-05-01' })).toEqual({ kind: 'none' });
    expect(rateOn(cards, { serviceLine: 'lighting-tech', unit: 'day', day: '2025-12-31' })).toEqual({ kind: 'none' });
  });

  it('needs a currency when several currencies price the line that day', () => {
    expect(rateOn(cards, { serviceLine: 'lighting-tech', unit: 'day', day: '2027-03-01' })).toEqual({
      kind: 'ambiguous',
      currencies: ['EUR', 'USD'],
    });
    expect(rateOn(cards, { serviceLine: 'lighting-tech', unit: 'day', day: '2027-03-01', currency: 'EUR' })).toEqual({
      kind: 'found',
      match: { rateCardId: 'eur-2027', currency: 'EUR', unitRateMinor: 48_000 },
    });
  });

  it('lists the cards in force on a day', () => {
    expect(currentCards(cards, '2027-02-01').map((c) => c.rateCardId)).toEqual(['usd-2027', 'eur-2027']);
  });
});
