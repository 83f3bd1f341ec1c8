import type { Queryable } from '@playbook/db/client';
import type { BudgetRow } from '../domain/budget-rows.ts';

export interface BudgetRef {
  budgetId: string;
  orgId: string;
  eventId: string;
  clientId: string;
  currency: string;
}

/** Creates or touches the budget: every change bumps its version, which makes it due a push. */
export async function touchBudget(
  db: Queryable,
  b: BudgetRef,
  set: { unassignedLineId?: string; thresholdPercent?: number } = {},
) {
  await db`
    insert into domo_budgets (budget_id, org_id, event_id, client_id, currency, unassigned_line_id, threshold_percent)
    values (${b.budgetId}, ${b.orgId}, ${b.eventId}, ${b.clientId}, ${b.currency}, ${set.unassignedLineId ?? null},
            ${set.thresholdPercent ?? null})
    on conflict (budget_id) do update set
      version = domo_budgets.version + 1, changed_at = now(), currency = excluded.currency,
      unassigned_line_id = coalesce(excluded.unassigned_line_id, domo_budgets.unassigned_line_id),
      threshold_percent = coalesce(excluded.threshold_percent, domo_budgets.threshold_percent)`;
}

export interface LineChange {
  lineId: string;
  budgetId: string;
  category?: string;
  description?: string;
  status?: string | null;
  plannedMinor?: number;
  committedMinor?: number;
  actualMinor?: number;
  removed?: boolean;
}

/** Sets what the change names on the line (absolute values: a replayed event sets the same). */
export async function upsertLine(db: Queryable, l: LineChange, fallback: { category: string; description: string }) {
  await db`
    insert into domo_budget_lines (line_id, budget_id, category, description, status, planned_minor, committed_minor,
                                   actual_minor, removed)
    values (${l.lineId}, ${l.budgetId}, ${l.category ?? fallback.category}, ${l.description ?? fallback.description},
            ${l.status ?? null}, ${l.plannedMinor ?? 0}, ${l.committedMinor ?? 0}, ${l.actualMinor ?? 0}, ${l.removed ?? false})
    on conflict (line_id) do update set
      category        = ${l.category === undefined ? db`domo_budget_lines.category` : l.category},
      description     = ${l.description === undefined ? db`domo_budget_lines.description` : l.description},
      status          = ${l.status === undefined || l.status === null ? db`domo_budget_lines.status` : l.status},
      planned_minor   = ${l.plannedMinor === undefined ? db`domo_budget_lines.planned_minor` : l.plannedMinor},
      committed_minor = ${l.committedMinor === undefined ? db`domo_budget_lines.committed_minor` : l.committedMinor},
      actual_minor    = ${l.actualMinor === undefined ? db`domo_budget_lines.actual_minor` : l.actualMinor},
      removed         = ${l.removed === undefined ? db`domo_budget_lines.removed` : l.removed}`;
}

export async function unassignedLineOf(db: Queryable, budgetId: string): Promise<string | null> {
  const [row] = await db<{ unassigned_line_id: string | null }[]>`
    select unassigned_line_id from domo_budgets where budget_id = ${budgetId}`;
  return row?.unassigned_line_id ?? null;
}

/** Organizations with a budget changed since its last push and not waiting out a backoff. */
export async function orgsDue(db: Queryable): Promise<string[]> {
  const rows = await db<{ org_id: string }[]>`
    select distinct b.org_id from domo_budgets b
    left join domo_datasets d on d.org_id = b.org_id
    where b.version > b.pushed_version and (d.next_attempt_at is null or d.next_attempt_at <= now())
    order by b.org_id`;
  return rows.map((r) => r.org_id);
}

/** Every row of the organization's DataSet (removed lines left out), and each budget's version read. */
export async function snapshotOf(db: Queryable, orgId: string) {
  const budgets = await db<{ budget_id: string; event_id: string; version: string; pushed_version: string }[]>`
    select budget_id, event_id, version, pushed_version from domo_budgets where org_id = ${orgId} order by event_id, budget_id`;
  const rows = await db<
    {
      event_id: string;
      client_id: string;
      budget_id: string;
      line_id: string;
      category: string;
      description: string;
      status: string | null;
      currency: string;
      planned_minor: string;
      committed_minor: string;
      actual_minor: string;
      threshold_percent: number | null;
    }[]
  >`
    select b.event_id, b.client_id, b.budget_id, l.line_id, l.category, l.description, l.status, b.currency,
           l.planned_minor, l.committed_minor, l.actual_minor, b.threshold_percent
    from domo_budget_lines l join domo_budgets b on b.budget_id = l.budget_id
    where b.org_id = ${orgId} and not l.removed
    order by b.event_id, l.category, l.line_id`;
  return {
    versions: budgets.map((b) => ({
      budgetId: b.budget_id,
      eventId: b.event_id,
      version: Number(b.version),
      changed: Number(b.version) > Number(b.pushed_version),
    })),
    rows: rows.map(
      (r): BudgetRow => ({
        eventId: r.event_id,
        clientId: r.client_id,
        budgetId: r.budget_id,
        lineId: r.line_id,
        category: r.category,
        description: r.description,
        status: r.status,
        currency: r.currency,
        plannedMinor: Number(r.planned_minor),
        committedMinor: Number(r.committed_minor),
        actualMinor: Number(r.actual_minor),
        thresholdPercent: r.threshold_percent,
      }),
    ),
  };
}
