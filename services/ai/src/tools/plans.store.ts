import type { Queryable } from '@playbook/db/client';
import type { ToolRecord } from '../domain/output.ts';

// Read-only queries over budgets, BOM lines and contracts (the AI module's own projections).
// biome-ignore lint/suspicious/noExplicitAny: rows are mapped field by field into typed records below
type Row = Record<string, any>;

export async function budget(db: Queryable, orgId: string, budgetId: string): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`select * from budgets where org_id = ${orgId} and budget_id = ${budgetId}`;
  return rows.map((r) => ({
    recordType: 'budget',
    recordId: String(r.budget_id),
    fields: {
      eventId: r.event_id,
      clientId: r.client_id,
      currency: r.currency,
      plannedMinor: Number(r.planned_minor),
      committedMinor: Number(r.committed_minor),
      actualMinor: Number(r.actual_minor),
    },
  }));
}

export async function bomLine(db: Queryable, orgId: string, lineId: string): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`select * from bom_lines where org_id = ${orgId} and line_id = ${lineId}`;
  return rows.map((r) => ({
    recordType: 'bom-line',
    recordId: String(r.line_id),
    fields: {
      budgetId: r.budget_id,
      eventId: r.event_id,
      clientId: r.client_id,
      category: r.category,
      description: r.description,
      currency: r.currency,
      plannedMinor: Number(r.planned_minor),
      committedMinor: Number(r.committed_minor),
      actualMinor: Number(r.actual_minor),
      removed: Boolean(r.removed),
    },
  }));
}

export async function contracts(
  db: Queryable,
  orgId: string,
  by: { contractId?: string; eventId?: string; engagementId?: string },
): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select * from contracts where org_id = ${orgId}
      ${by.contractId ? db`and contract_id = ${by.contractId}` : db``}
      ${by.eventId ? db`and event_id = ${by.eventId}` : db``}
      ${by.engagementId ? db`and engagement_id = ${by.engagementId}` : db``}
    order by contract_id limit 200`;
  return rows.map((r) => ({
    recordType: 'contract',
    recordId: String(r.contract_id),
    fields: {
      kind: r.kind,
      clientId: r.client_id,
      eventId: r.event_id,
      vendorId: r.vendor_id,
      vendorName: r.vendor_name,
      title: r.title,
      valueMinor: r.value_minor === null ? null : Number(r.value_minor),
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      engagementId: r.engagement_id,
      status: r.status,
      signedOn: r.signed_on,
    },
  }));
}

/** Work items of an event not done and due before `asOf`, with how many days overdue they are then. */
export async function overdueWorkItems(
  db: Queryable,
  orgId: string,
  q: { eventId: string; asOf: string },
): Promise<ToolRecord[]> {
  const rows = await db<Row[]>`
    select *, (${q.asOf}::date - due_on::date) as days_overdue from work_items
    where org_id = ${orgId} and event_id = ${q.eventId} and status <> 'done' and due_on is not null and due_on < ${q.asOf}
    order by due_on, work_item_id limit 200`;
  return rows.map((r) => ({
    recordType: 'work-item',
    recordId: String(r.work_item_id),
    fields: {
      eventId: r.event_id,
      clientId: r.client_id,
      title: r.title,
      status: r.status,
      dueOn: r.due_on,
      assigneeId: r.assignee_id,
      assigneeRole: r.assignee_role,
      daysOverdue: Number(r.days_overdue),
    },
  }));
}
