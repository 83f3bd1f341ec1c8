import type { EventPayloads } from '@playbook/contracts/types';
import type { Queryable } from '@playbook/db/client';

type P<T extends keyof EventPayloads> = EventPayloads[T];

export async function recordWorkItem(db: Queryable, orgId: string, w: P<'work.WorkItemCreated'>) {
  await db`insert into work_items (work_item_id, org_id, client_id, event_id, title, status, due_on, assignee_id, assignee_role)
           values (${w.workItemId}, ${orgId}, ${w.clientId}, ${w.eventId}, ${w.title}, ${w.status}, ${w.dueOn ?? null},
                   ${w.assigneeId ?? null}, ${w.assigneeRole ?? null})
           on conflict (work_item_id) do nothing`;
}

export async function setWorkStatus(db: Queryable, workItemId: string, status: string) {
  await db`update work_items set status = ${status} where work_item_id = ${workItemId}`;
}

export async function assignWorkItem(db: Queryable, w: P<'work.WorkItemAssigned'>) {
  await db`update work_items set assignee_id = ${w.assigneeId ?? null}, assignee_role = ${w.assigneeRole ?? null}
           where work_item_id = ${w.workItemId}`;
}

/** An overdue notice also tells the item's title, due date and status (it may arrive before the creation). */
export async function recordOverdue(db: Queryable, orgId: string, w: P<'work.WorkItemOverdue'>) {
  await db`insert into work_items (work_item_id, org_id, client_id, event_id, title, status, due_on, assignee_id, assignee_role)
           values (${w.workItemId}, ${orgId}, ${w.clientId}, ${w.eventId}, ${w.title}, ${w.status}, ${w.dueOn},
                   ${w.assigneeId ?? null}, ${w.assigneeRole ?? null})
           on conflict (work_item_id) do update set due_on = excluded.due_on, status = excluded.status`;
}
