import type { Queryable } from '@playbook/db/client';
import type { LineKind, LineStatus } from '../domain/budget.ts';

export interface LineRow {
  line_id: string;
  budget_id: string;
  kind: LineKind;
  category: string;
  description: string;
  quantity: number;
  unit_cost_minor: string;
  currency: string;
  planned_minor: string;
  vendor_id: string | null;
  status: LineStatus | 'unassigned';
  created_by: string;
  created_at: Date;
  updated_at: Date;
  removed_at: Date | null;
  /** Sums over the line's live commitments and its actuals (strings: bigint sums). */
  committed_minor: string;
  actual_minor: string;
}

const withSpend = (db: Queryable, budgetId: string) => db`
  select l.*, coalesce(c.total, 0)::bigint as committed_minor, coalesce(a.total, 0)::bigint as actual_minor
  from bom_lines l
  left join (select line_id, sum(amount_minor) total from commitments
             where budget_id = ${budgetId} and cancelled_at is null group by line_id) c using (line_id)
  left join (select line_id, sum(amount_minor) total from actuals
             where budget_id = ${budgetId} group by line_id) a using (line_id)
  where l.budget_id = ${budgetId}`;

/** The budget's lines that are not removed (the unassigned one included), with what is committed and spent. */
export const liveLines = (db: Queryable, budgetId: string) =>
  db<LineRow[]>`select * from (${withSpend(db, budgetId)}) x where removed_at is null order by seq`;

/** One line of a budget (removed ones too), with its spend. */
export async function findLine(db: Queryable, budgetId: string, lineId: string): Promise<LineRow | undefined> {
  if (!UUID.test(lineId)) return undefined;
  const [row] = await db<LineRow[]>`select * from (${withSpend(db, budgetId)}) x where line_id = ${lineId}`;
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LineFields {
  category: string;
  description: string;
  quantity: number;
  unitCostMinor: number;
  plannedMinor: number;
  vendorId: string | null;
  status: LineStatus;
}

export async function insertLine(
  db: Queryable,
  l: LineFields & { lineId: string; budgetId: string; currency: string; createdBy: string },
): Promise<void> {
  await db`
    insert into bom_lines (line_id, budget_id, kind, category, description, quantity, unit_cost_minor, currency,
      planned_minor, vendor_id, status, created_by)
    values (${l.lineId}, ${l.budgetId}, 'planned', ${l.category}, ${l.description}, ${l.quantity}, ${l.unitCostMinor},
      ${l.currency}, ${l.plannedMinor}, ${l.vendorId}, ${l.status}, ${l.createdBy})`;
}

export async function updateLine(db: Queryable, lineId: string, l: LineFields): Promise<void> {
  await db`
    update bom_lines set category = ${l.category}, description = ${l.description}, quantity = ${l.quantity},
      unit_cost_minor = ${l.unitCostMinor}, planned_minor = ${l.plannedMinor}, vendor_id = ${l.vendorId},
      status = ${l.status}, updated_at = now()
    where line_id = ${lineId}`;
}

export async function markRemoved(db: Queryable, lineId: string): Promise<void> {
  await db`update bom_lines set removed_at = now(), updated_at = now() where line_id = ${lineId}`;
}
