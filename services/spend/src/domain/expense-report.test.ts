import { describe, expect, it } from 'vitest';
import { expenseTotals } from './expense-report.ts';

describe('expenseTotals', () => {
  it('adds the lines up, in total and by kind (a line without a kind is an expense)', () => {
    expect(
      expenseTotals([
        { kind: 'expense', amountMinor: 41_280 },
        { amountMinor: 720 },
        { kind: 'per_diem', amountMinor: 7_500 },
        { kind: 'mileage', amountMinor: 2_240 },
        { kind: 'expense', amountMinor: -1_000 },
      ]),
    ).toEqual({ totalMinor: 50_740, expenseTotalMinor: 41_000, perDiemTotalMinor: 7_500, mileageTotalMinor: 2_240 });
  });
  it('is all zeros for a report without lines', () => {
    expect(expenseTotals([])).toEqual({
      totalMinor: 0,
      expenseTotalMinor: 0,
      perDiemTotalMinor: 0,
      mileageTotalMinor: 0,
    });
  });
});
