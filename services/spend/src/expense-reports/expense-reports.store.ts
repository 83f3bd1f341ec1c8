import type { Queryable } from '@playbook/db/client';

export interface NewExpenseReport {
  expenseReportId: string;
  source: string;
  sourceReportId: string;
  orgId: string;
  employeeName: string;
  status: string;
  currency: string;
  totalMinor: number;
  submittedAt: Date;
}

export interface NewExpenseLine {
  expenseReportId: string;
  lineId: string;
  kind: 'expense' | 'per_diem' | 'mileage';
  amountMinor: number;
  incurredOn: string;
  eventId: string | null;
  clientId: string | null;
  bomLineId: string | null;
  allocationRule: string;
}

/** Inserts the reports not seen before (one statement); returns the ids it inserted. */
export async function insertNewExpenseReports(db: Queryable, rows: NewExpenseReport[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const values = rows.map((r) => ({
    expense_report_id: r.expenseReportId,
    source: r.source,
    source_report_id: r.sourceReportId,
    org_id: r.orgId,
    employee_name: r.employeeName,
    status: r.status,
    currency: r.currency,
    total_minor: r.totalMinor,
    submitted_at: r.submittedAt,
  }));
  const inserted = await db<{ expense_report_id: string }[]>`
    insert into expense_reports ${db(values)} on conflict do nothing returning expense_report_id`;
  return new Set(inserted.map((r) => r.expense_report_id));
}

/** The lines of newly inserted reports, with where each was allocated (one statement). */
export async function insertExpenseLines(db: Queryable, rows: NewExpenseLine[]): Promise<void> {
  if (rows.length === 0) return;
  const values = rows.map((r) => ({
    expense_report_id: r.expenseReportId,
    line_id: r.lineId,
    kind: r.kind,
    amount_minor: r.amountMinor,
    incurred_on: r.incurredOn,
    event_id: r.eventId,
    client_id: r.clientId,
    bom_line_id: r.bomLineId,
    allocation_rule: r.allocationRule,
  }));
  await db`insert into expense_lines ${db(values)} on conflict do nothing`;
}
