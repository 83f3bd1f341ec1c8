/** What a report's lines add up to, in total and by kind (minor units). */
export interface ExpenseTotals {
  totalMinor: number;
  expenseTotalMinor: number;
  perDiemTotalMinor: number;
  mileageTotalMinor: number;
}

export function expenseTotals(lines: readonly { kind?: string; amountMinor: number }[]): ExpenseTotals {
  const of = (kind: string) =>
    lines.filter((l) => (l.kind ?? 'expense') === kind).reduce((sum, l) => sum + l.amountMinor, 0);
  return {
    totalMinor: lines.reduce((sum, l) => sum + l.amountMinor, 0),
    expenseTotalMinor: of('expense'),
    perDiemTotalMinor: of('per_diem'),
    mileageTotalMinor: of('mileage'),
  };
}
