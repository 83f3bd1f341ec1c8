import type { Rule } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { notFound } from '@playbook/service-kit/problem';
import { type StatusTransition, transition, type WorkStatus } from '../domain/work-item.ts';
import {
  findWorkItem,
  insertWorkItem,
  type NewWorkItem,
  setStatus,
  updateDetails,
  type WorkItemDetails,
  type WorkItemRow,
} from './work-items.store.ts';

export const WORK_ITEM_NOT_FOUND = 'WORK.ITEM_NOT_FOUND';
const scopeOf = (r: { org_id: string; client_id: string; event_id: string }) => ({
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
});

/**
 * Creates a todo item and publishes WorkItemCreated; undefined (and nothing published) when the id
 * exists already: template and approval items have derived ids, so a replay finds them.
 */
export async function createWorkItem(
  tx: Tx,
  publisher: Publisher,
  item: NewWorkItem,
  why: { rules?: Rule[]; counts?: Record<string, number> } = {},
): Promise<WorkItemRow | undefined> {
  const row = await insertWorkItem(tx, item);
  if (!row) return undefined;
  await publisher.publish({
    type: 'work.WorkItemCreated',
    key: row.work_item_id,
    scope: scopeOf(row),
    counts: { affected: 1, ...why.counts },
    rules: why.rules ?? [],
    payload: {
      workItemId: row.work_item_id,
      eventId: row.event_id,
      clientId: row.client_id,
      title: row.title,
      status: row.status,
      assigneeId: row.assignee_id,
      assigneeRole: row.assignee_role,
      dueOn: row.due_on_text,
      timezone: row.timezone,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      source: row.source,
      templateId: row.template_id,
      templateVersion: row.template_version,
      createdBy: row.created_by,
    },
  });
  return row;
}

async function lockedItem(tx: Tx, workItemId: string): Promise<WorkItemRow> {
  const row = await findWorkItem(tx, workItemId, true);
  if (!row) throw notFound('The work item', WORK_ITEM_NOT_FOUND);
  return row;
}

/**
 * Changes title, due date and assignee. A new assignee is published (WorkItemAssigned); the catalog
 * has no event for a new title or due date, so those change the record only. A done item is final.
 */
export async function editWorkItem(
  tx: Tx,
  publisher: Publisher,
  workItemId: string,
  changes: Partial<WorkItemDetails>,
  by: string,
): Promise<WorkItemRow> {
  const before = await lockedItem(tx, workItemId);
  if (before.status === 'done')
    throw new CodedError('WORK.ITEM_DONE', 'A done work item can no longer be edited.', 409);
  const details: WorkItemDetails = {
    title: changes.title ?? before.title,
    dueOn: changes.dueOn === undefined ? before.due_on_text : changes.dueOn,
    assigneeId: changes.assigneeId === undefined ? before.assignee_id : changes.assigneeId,
  };
  const row = await updateDetails(tx, workItemId, details);
  if (row.assignee_id !== before.assignee_id) {
    await publisher.publish({
      type: 'work.WorkItemAssigned',
      key: workItemId,
      scope: scopeOf(row),
      counts: { affected: 1 },
      payload: {
        workItemId,
        eventId: row.event_id,
        clientId: row.client_id,
        assigneeId: row.assignee_id,
        previousAssigneeId: before.assignee_id,
        assigneeRole: row.assignee_role,
        previousAssigneeRole: before.assignee_role,
        assignedBy: by,
      },
    });
  }
  return row;
}

/** Applies a status transition and publishes it; the same status again changes nothing. */
export async function applyTransition(
  tx: Tx,
  publisher: Publisher,
  row: WorkItemRow,
  t: StatusTransition,
  by: string,
  reason: string | null,
  rules: Rule[] = [],
): Promise<WorkItemRow> {
  if (t.kind === 'unchanged') return row;
  if (t.kind === 'illegal') {
    throw new CodedError(
      'WORK.ILLEGAL_TRANSITION',
      `A work item cannot go from ${t.from} to ${t.to}. ${t.reason}`,
      409,
      {
        from: t.from,
        to: t.to,
      },
    );
  }
  const moved = await setStatus(tx, row.work_item_id, t.to);
  await publisher.publish({
    type: 'work.WorkItemStatusChanged',
    key: row.work_item_id,
    scope: scopeOf(row),
    counts: { affected: 1 },
    rules,
    payload: {
      workItemId: row.work_item_id,
      eventId: row.event_id,
      clientId: row.client_id,
      from: t.from,
      to: t.to,
      changedBy: by,
      reason,
    },
  });
  return moved;
}

export async function changeStatus(
  tx: Tx,
  publisher: Publisher,
  workItemId: string,
  to: WorkStatus,
  by: string,
  reason: string | null,
): Promise<WorkItemRow> {
  const row = await lockedItem(tx, workItemId);
  return applyTransition(tx, publisher, row, transition(row.status, to), by, reason);
}
