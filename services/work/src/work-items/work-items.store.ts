import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { WorkStatus } from '../domain/work-item.ts';

export interface WorkItemRow {
  work_item_id: string;
  seq: string;
  org_id: string;
  client_id: string;
  event_id: string;
  title: string;
  status: WorkStatus;
  assignee_id: string | null;
  assignee_role: string | null;
  /** due_on as text (YYYY-MM-DD): a date is a calendar day here, never a JavaScript Date. */
  due_on_text: string | null;
  timezone: string;
  subject_type: string | null;
  subject_id: string | null;
  source: 'manual' | 'template' | 'approval';
  template_id: string | null;
  template_version: number | null;
  created_by: string;
  correlation_id: string;
  created_at: Date;
  updated_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findWorkItem(db: Queryable, workItemId: string, lock = false): Promise<WorkItemRow | undefined> {
  if (!UUID.test(workItemId)) return undefined;
  const [row] = await db<WorkItemRow[]>`
    select r.*, r.due_on::text as due_on_text from work_items r where r.work_item_id = ${workItemId}
    ${lock ? db`for update` : db``}`;
  return row;
}

export async function findBySubject(db: Queryable, subjectType: string, subjectId: string) {
  const [row] = await db<WorkItemRow[]>`
    select r.*, r.due_on::text as due_on_text from work_items r
    where r.subject_type = ${subjectType} and r.subject_id = ${subjectId} order by r.seq limit 1 for update`;
  return row;
}

export interface WorkItemFilter {
  eventId?: string | undefined;
  assigneeId?: string | undefined;
  status?: WorkStatus | undefined;
  afterSeq: string;
  limit: number;
}

/** The page after `afterSeq` (limit + 1 rows, for toPage) of the items `reader` may read. */
export function listReadable(db: Queryable, reader: Reader, f: WorkItemFilter) {
  return db<WorkItemRow[]>`
    select r.*, r.due_on::text as due_on_text from work_items r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
      ${f.assigneeId ? db`and r.assignee_id = ${f.assigneeId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export interface NewWorkItem {
  workItemId: string;
  orgId: string;
  clientId: string;
  eventId: string;
  title: string;
  assigneeId: string | null;
  assigneeRole: string | null;
  dueOn: string | null;
  timezone: string;
  subjectType: string | null;
  subjectId: string | null;
  source: 'manual' | 'template' | 'approval';
  templateId: string | null;
  templateVersion: number | null;
  createdBy: string;
  correlationId: string;
}

/** Inserts a todo item; undefined when one with this id exists already (a replay). */
export async function insertWorkItem(db: Queryable, w: NewWorkItem): Promise<WorkItemRow | undefined> {
  const [row] = await db<WorkItemRow[]>`
    insert into work_items (work_item_id, org_id, client_id, event_id, title, status, assignee_id, assignee_role, due_on,
      timezone, subject_type, subject_id, source, template_id, template_version, created_by,
      correlation_id)
    values (${w.workItemId}, ${w.orgId}, ${w.clientId}, ${w.eventId}, ${w.title}, 'todo', ${w.assigneeId}, ${w.assigneeRole},
      ${w.dueOn}, ${w.timezone}, ${w.subjectType}, ${w.subjectId}, ${w.source}, ${w.templateId}, ${w.templateVersion},
      ${w.createdBy}, ${w.correlationId})
    on conflict do nothing
    returning *, due_on::text as due_on_text`;
  return row;
}

export interface WorkItemDetails {
  title: string;
  dueOn: string | null;
  assigneeId: string | null;
}

export async function updateDetails(db: Queryable, workItemId: string, d: WorkItemDetails): Promise<WorkItemRow> {
  const [row] = await db<WorkItemRow[]>`
    update work_items set title = ${d.title}, due_on = ${d.dueOn}, assignee_id = ${d.assigneeId}, updated_at = now()
    where work_item_id = ${workItemId} returning *, due_on::text as due_on_text`;
  return row!;
}

/** The role expected to act and the due date, for a task whose approval moved up its escalation chain. */
export async function reassignRole(
  db: Queryable,
  workItemId: string,
  role: string,
  dueOn: string,
): Promise<WorkItemRow> {
  const [row] = await db<WorkItemRow[]>`
    update work_items set assignee_role = ${role}, due_on = ${dueOn}, updated_at = now()
    where work_item_id = ${workItemId} returning *, due_on::text as due_on_text`;
  return row!;
}

export async function setStatus(db: Queryable, workItemId: string, status: WorkStatus): Promise<WorkItemRow> {
  const [row] = await db<WorkItemRow[]>`
    update work_items set status = ${status}, updated_at = now()
    where work_item_id = ${workItemId} returning *, due_on::text as due_on_text`;
  return row!;
}

export const toWorkItem = (r: WorkItemRow) => ({
  workItemId: r.work_item_id,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  title: r.title,
  status: r.status,
  assigneeId: r.assignee_id,
  assigneeRole: r.assignee_role,
  dueOn: r.due_on_text,
  timezone: r.timezone,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  source: r.source,
  templateId: r.template_id,
  templateVersion: r.template_version,
  createdBy: r.created_by,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});
