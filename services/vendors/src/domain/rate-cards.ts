/**
 * Rate cards: a vendor's rates per service line, in one currency, valid over an inclusive window
 * of days [validFrom, validTo] (validTo null = open-ended).
 *
 * Overlap rule: two cards of the same vendor and the same currency must not both price the same
 * service line on any one day. Cards in different currencies, or for disjoint service lines, may
 * overlap freely. (So "which rate applies on day D for line L in currency C" always has at most one
 * answer.) A card cannot be shortened once published: to change an open-ended rate, publish the
 * new one for other lines or in another window — amending a card is not part of the v1 contract.
 */
export interface RateLine {
  serviceLine: string;
  unit: string;
  unitRateMinor: number;
}

export interface RateCard {
  rateCardId: string;
  currency: string;
  validFrom: string;
  validTo: string | null;
  lines: RateLine[];
}

export type NewRateCard = Omit<RateCard, 'rateCardId'>;

/** Inclusive day windows; null end = forever. ISO dates compare as strings. */
export function windowsOverlap(
  a: { validFrom: string; validTo: string | null },
  b: { validFrom: string; validTo: string | null },
): boolean {
  const aEndsBeforeB = a.validTo !== null && a.validTo < b.validFrom;
  const bEndsBeforeA = b.validTo !== null && b.validTo < a.validFrom;
  return !aEndsBeforeB && !bEndsBeforeA;
}

export interface Overlap {
  rateCardId: string;
  serviceLines: string[];
}

/** The existing cards the new one would clash with, and on which service lines. */
export function findOverlaps(existing: RateCard[], card: NewRateCard): Overlap[] {
  const lines = new Set(card.lines.map((l) => l.serviceLine));
  return existing
    .filter((other) => other.currency === card.currency && windowsOverlap(other, card))
    .map((other) => ({
      rateCardId: other.rateCardId,
      serviceLines: other.lines.map((l) => l.serviceLine).filter((s) => lines.has(s)),
    }))
    .filter((o) => o.serviceLines.length > 0);
}

export const isValidOn = (card: { validFrom: string; validTo: string | null }, day: string): boolean =>
  card.validFrom <= day && (card.validTo === null || day <= card.validTo);

export interface RateMatch {
  rateCardId: string;
  currency: string;
  unitRateMinor: number;
}

export type RateLookup =
  | { kind: 'found'; match: RateMatch }
  | { kind: 'none' }
  | { kind: 'ambiguous'; currencies: string[] };

/**
 * The card rate for a service line and unit on a day. A line priced per another unit is no rate
 * for this one (a day rate says nothing about an hour). With no currency asked for, cards in
 * several currencies are ambiguous.
 */
export function rateOn(
  cards: RateCard[],
  want: { serviceLine: string; unit: string; day: string; currency?: string | undefined },
): RateLookup {
  const matches: RateMatch[] = [];
  for (const card of cards) {
    if (!isValidOn(card, want.day) || (want.currency !== undefined && card.currency !== want.currency)) continue;
    const line = card.lines.find((l) => l.serviceLine === want.serviceLine && l.unit === want.unit);
    if (line) matches.push({ rateCardId: card.rateCardId, currency: card.currency, unitRateMinor: line.unitRateMinor });
  }
  if (matches.length === 0) return { kind: 'none' };
  if (matches.length > 1) return { kind: 'ambiguous', currencies: [...new Set(matches.map((m) => m.currency))].sort() };
  return { kind: 'found', match: matches[0]! };
}

/** The cards in force on a day (what GET /vendors shows as "current"). */
export const currentCards = (cards: RateCard[], day: string): RateCard[] => cards.filter((c) => isValidOn(c, day));
