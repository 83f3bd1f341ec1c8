import type { Queryable } from '@playbook/db/client';
import type { BudgetOrigin, BudgetStatus } from '../domain/budget.ts';

export interface BudgetRow {
  budget_id: string;
  org_id: string;
  client_id: string;
  event_id: string;
  currency: string;
  status: BudgetStatus;
  origin: BudgetOrigin;
  threshold_level: number;
  created_by: string;
  created_at: Date;
  locked_by: string | null;
  locked_at: Date | null;
}

/** The budget of an event (locked for update inside a command, so its commands run one at a time). */
export async function findBudget(db: Queryable, eventId: string, lock = false): Promise<BudgetRow | undefined> {
  const [row] = lock
    ? await db<BudgetRow[]>`select * from budgets where event_id = ${eventId} for update`
    : await db<BudgetRow[]>`select * from budgets where event_id = ${eventId}`;
  return row;
}

export interface NewBudget {
  budgetId: string;
  unassignedLineId: string;
  orgId: string;
  clientId: string;
  eventId: string;
  currency: string;
  origin: BudgetOrigin;
  createdBy: string;
}

/** Inserts the budget and its unassigned line; false when the event has a budget already. */
export async function insertBudget(db: Queryable, b: NewBudget): Promise<boolean> {
  const inserted = await db`
    insert into budgets (budget_id, org_id, client_id, event_id, currency, status, origin, created_by)
    values (${b.budgetId}, ${b.orgId}, ${b.clientId}, ${b.eventId}, ${b.currency}, 'open', ${b.origin}, ${b.createdBy})
    on conflict do nothing returning 1`;
  if (inserted.length === 0) return false;
  await db`
    insert into bom_lines (line_id, budget_id, kind, category, description, quantity, unit_cost_minor, currency,
      planned_minor, status, created_by)
    values (${b.unassignedLineId}, ${b.budgetId}, 'unassigned', 'unassigned', 'Spend that names no line of this budget',
      0, 0, ${b.currency}, 0, 'unassigned', ${b.createdBy})`;
  return true;
}

export async function recordThresholdLevel(db: Queryable, budgetId: string, level: number): Promise<void> {
  await db`update budgets set threshold_level = ${level} where budget_id = ${budgetId}`;
}

export async function markLocked(db: Queryable, budgetId: string, lockedBy: string): Promise<BudgetRow> {
  const [row] = await db<BudgetRow[]>`
    update budgets set status = 'locked', locked_by = ${lockedBy}, locked_at = now()
    where budget_id = ${budgetId} returning *`;
  return row!;
}
