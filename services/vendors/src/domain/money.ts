/**
 * Money is an integer number of minor units (cents) plus an ISO 4217 currency.
 * amount = quantity × unit rate, rounded half away from zero to the minor unit. Binary floating
 * point would make 1.005 × 100 come out as 100.4999…; the product is first cut to 15 significant
 * digits (what a double can represent faithfully) so decimal quantities round as a person expects.
 */
export function amountMinor(quantity: number, unitRateMinor: number): number {
  if (!Number.isFinite(quantity) || !Number.isFinite(unitRateMinor))
    throw new RangeError('quantity and rate must be finite');
  if (!Number.isInteger(unitRateMinor)) throw new RangeError('unitRateMinor must be an integer number of minor units');
  const exact = Number((quantity * unitRateMinor).toPrecision(15));
  const rounded = Math.sign(exact) * Math.round(Math.abs(exact));
  if (!Number.isSafeInteger(rounded)) throw new RangeError('amount exceeds the safe integer range');
  return rounded === 0 ? 0 : rounded;
}
