import { describe, expect, it } from 'vitest';
import { COLUMNS, major, toCsv } from './budget-rows.ts';

describe('budget rows for Domo', () => {
  it('write amounts in major units by the currency’s exponent, exactly', () => {
    expect(major(123456, 'USD')).toBe('1234.56');
    expect(major(-5, 'USD')).toBe('-0.05');
    expect(major(1500, 'JPY')).toBe('1500');
    expect(major(1234, 'KWD')).toBe('1.234');
  });
  it('write one CSV line per row, without a header, quoting what needs it, in the schema’s column order', () => {
    const csv = toCsv([
      {
        eventId: 'e-1',
        clientId: 'c-1',
        budgetId: 'b-1',
        lineId: 'l-1',
        category: 'av',
        description: 'LED wall, 6 × 3 m, "P2.6"',
        status: 'quoted',
        currency: 'USD',
        plannedMinor: 1_000_000,
        committedMinor: 600_000,
        actualMinor: 50_000,
        thresholdPercent: 80,
      },
      {
        eventId: 'e-1',
        clientId: 'c-1',
        budgetId: 'b-1',
        lineId: 'l-0',
        category: 'unassigned',
        description: 'Unassigned',
        status: null,
        currency: 'USD',
        plannedMinor: 0,
        committedMinor: 0,
        actualMinor: 1999,
        thresholdPercent: null,
      },
    ]);
    expect(csv).toBe(
      'e-1,c-1,b-1,l-1,av,"LED wall, 6 × 3 m, ""P2.6""",quoted,USD,10000.00,6000.00,500.00,3500.00,80\n' +
        'e-1,c-1,b-1,l-0,unassigned,Unassigned,,USD,0.00,0.00,19.99,-19.99,\n',
    );
    expect(csv.split('\n')[0]!.match(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g)).toHaveLength(COLUMNS.length - 1);
  });
});
