/**
 * Money is an integer number of minor units (cents) in one ISO 4217 currency.
 * planned = quantity × unit cost, rounded half away from zero to the minor unit. Binary floating
 * point would make 1.005 × 100 come out as 100.4999…; the product is first cut to 15 significant
 * digits (what a double represents faithfully) so decimal quantities round as a person expects.
 */
export function plannedMinor(quantity: number, unitCostMinor: number): number {
  if (!Number.isFinite(quantity) || !Number.isFinite(unitCostMinor))
    throw new RangeError('quantity and unit cost must be finite');
  if (!Number.isInteger(unitCostMinor)) throw new RangeError('unitCostMinor must be an integer number of minor units');
  const exact = Number((quantity * unitCostMinor).toPrecision(15));
  const rounded = Math.sign(exact) * Math.round(Math.abs(exact));
  if (!Number.isSafeInteger(rounded)) throw new RangeError('amount exceeds the safe integer range');
  return rounded === 0 ? 0 : rounded;
}
