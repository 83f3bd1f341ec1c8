import { totalsOf } from '../domain/budget.ts';
import { usedPercent } from '../domain/thresholds.ts';
import type { LineRow } from '../bom-lines/bom-lines.store.ts';
import type { BudgetRow } from './budgets.store.ts';

/** Row → API shapes, shared by the budget and BOM line resources. */
export const toLine = (r: LineRow) => ({
  lineId: r.line_id,
  kind: r.kind,
  category: r.category,
  description: r.description,
  quantity: Number(r.quantity),
  unitCostMinor: Number(r.unit_cost_minor),
  currency: r.currency,
  plannedMinor: Number(r.planned_minor),
  committedMinor: Number(r.committed_minor),
  actualMinor: Number(r.actual_minor),
  vendorId: r.vendor_id,
  status: r.status,
  removed: r.removed_at !== null,
  createdBy: r.created_by,
  updatedAt: r.updated_at.toISOString(),
});
export type LineView = ReturnType<typeof toLine>;

export function toBudget(b: BudgetRow, rows: readonly LineRow[]) {
  const lines = rows.map(toLine);
  const totals = totalsOf(lines);
  return {
    budgetId: b.budget_id,
    orgId: b.org_id,
    clientId: b.client_id,
    eventId: b.event_id,
    currency: b.currency,
    status: b.status,
    origin: b.origin,
    createdBy: b.created_by,
    createdAt: b.created_at.toISOString(),
    lockedBy: b.locked_by,
    lockedAt: b.locked_at?.toISOString() ?? null,
    totals: {
      ...totals,
      remainingMinor: totals.plannedMinor - totals.committedMinor - totals.actualMinor,
      usedPercent: usedPercent(totals),
      thresholdPercentReached: b.threshold_level,
    },
    lines,
  };
}

/** The envelope scope of a budget's events. */
export const scopeOf = (b: BudgetRow) => ({ orgId: b.org_id, clientId: b.client_id, eventId: b.event_id });
/** The event and client fields every budget payload carries. */
export const placeOf = (b: BudgetRow) => ({ eventId: b.event_id, clientId: b.client_id });
