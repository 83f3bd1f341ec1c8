/** One row of the DataSet: an event's BOM line with what was budgeted, committed and spent. */
export interface BudgetRow {
  eventId: string;
  clientId: string;
  budgetId: string;
  lineId: string;
  category: string;
  description: string;
  status: string | null;
  currency: string;
  plannedMinor: number;
  committedMinor: number;
  actualMinor: number;
  thresholdPercent: number | null;
}

/** The DataSet's schema, in column order (Domo maps CSV fields to columns by position). */
export const COLUMNS = [
  { name: 'Event', type: 'STRING' },
  { name: 'Client', type: 'STRING' },
  { name: 'Budget', type: 'STRING' },
  { name: 'BOM line', type: 'STRING' },
  { name: 'Category', type: 'STRING' },
  { name: 'Description', type: 'STRING' },
  { name: 'Status', type: 'STRING' },
  { name: 'Currency', type: 'STRING' },
  { name: 'Budgeted', type: 'DECIMAL' },
  { name: 'Committed', type: 'DECIMAL' },
  { name: 'Actual', type: 'DECIMAL' },
  { name: 'Remaining', type: 'DECIMAL' },
  { name: 'Threshold crossed', type: 'LONG' },
] as const;

/** The currency's minor-unit exponent (2 for USD, 0 for JPY, 3 for KWD). */
export function exponentOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Minor units as a decimal in major units, exactly (no floating point): 123456 USD → "1234.56". */
export function major(minor: number, currency: string): string {
  const e = exponentOf(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(e + 1, '0');
  return e === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -e)}.${digits.slice(-e)}`;
}

/** RFC 4180 quoting: a field with a comma, quote or line break is quoted, quotes doubled. */
const field = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** The rows as the CSV body of PUT /v1/datasets/{id}/data: no header line, one line per row. */
export function toCsv(rows: readonly BudgetRow[]): string {
  return rows
    .map((r) =>
      [
        r.eventId,
        r.clientId,
        r.budgetId,
        r.lineId,
        r.category,
        r.description,
        r.status ?? '',
        r.currency,
        major(r.plannedMinor, r.currency),
        major(r.committedMinor, r.currency),
        major(r.actualMinor, r.currency),
        major(r.plannedMinor - r.committedMinor - r.actualMinor, r.currency),
        r.thresholdPercent === null ? '' : String(r.thresholdPercent),
      ]
        .map(field)
        .join(','),
    )
    .map((line) => `${line}\n`)
    .join('');
}
