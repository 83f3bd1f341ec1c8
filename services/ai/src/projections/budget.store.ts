import type { EventPayloads } from '@playbook/contracts/types';
import type { Queryable } from '@playbook/db/client';

type P<T extends keyof EventPayloads> = EventPayloads[T];

export async function recordBudget(db: Queryable, orgId: string, b: P<'budget.BudgetCreated'>) {
  await db`insert into budgets (budget_id, org_id, client_id, event_id, currency, unassigned_line_id)
           values (${b.budgetId}, ${orgId}, ${b.clientId}, ${b.eventId}, ${b.currency}, ${b.unassignedLineId})
           on conflict (budget_id) do nothing`;
}

/** A line as added or revised; the budget's planned total follows its live lines. */
export async function upsertLine(
  db: Queryable,
  orgId: string,
  l: P<'budget.BomLineAdded'> | P<'budget.BomLineRevised'>,
) {
  await db`insert into bom_lines (line_id, budget_id, org_id, client_id, event_id, category, description, currency, planned_minor)
           values (${l.lineId}, ${l.budgetId}, ${orgId}, ${l.clientId}, ${l.eventId}, ${l.category}, ${l.description},
                   ${l.currency}, ${l.plannedMinor})
           on conflict (line_id) do update set category = excluded.category, description = excluded.description,
             planned_minor = excluded.planned_minor`;
  await replan(db, l.budgetId);
}

export async function removeLine(db: Queryable, l: P<'budget.BomLineRemoved'>) {
  await db`update bom_lines set removed = true where line_id = ${l.lineId}`;
  await replan(db, l.budgetId);
}

async function replan(db: Queryable, budgetId: string) {
  await db`update budgets set planned_minor = (select coalesce(sum(planned_minor), 0) from bom_lines
             where budget_id = ${budgetId} and not removed) where budget_id = ${budgetId}`;
}

/** Spend moved a line: the line's totals and the budget's, as the budget module computed them. */
export async function recordSpend(db: Queryable, s: P<'budget.BomLineSpendRecorded'>) {
  await db`update bom_lines set committed_minor = ${s.lineCommittedMinor}, actual_minor = ${s.lineActualMinor}
           where line_id = ${s.lineId}`;
  await setTotals(db, s.budgetId, s);
}

export async function setTotals(
  db: Queryable,
  budgetId: string,
  t: { plannedMinor: number; committedMinor: number; actualMinor: number },
) {
  await db`update budgets set planned_minor = ${t.plannedMinor}, committed_minor = ${t.committedMinor},
             actual_minor = ${t.actualMinor} where budget_id = ${budgetId}`;
}
