import type { Cause } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import { markOverdue, nextOverdue } from './overdue.store.ts';

export const OVERDUE_FLAGGER = {
  kind: 'schedule',
  id: 'work-overdue-flagger',
  displayName: 'Work overdue flagger',
} as const;

/**
 * Flags the next overdue item at `now` (WorkItemOverdue), once per item and due date: the row keeps
 * the due date it was flagged for, and the message id derives from item and due date. Resolves with
 * the item's id, or null when nothing is overdue.
 */
export async function flagNextOverdue(tx: Tx, uow: UnitOfWork<Tx>, now: number): Promise<string | null> {
  const row = await nextOverdue(tx, new Date(now));
  if (!row?.due_on_text) return null;
  const dueOn = row.due_on_text;
  const type = 'work.WorkItemOverdue';
  const cause: Cause = {
    correlationId: row.correlation_id,
    causationId: null,
    actor: { ...OVERDUE_FLAGGER },
    messageIdFor: () => handlerMessageId(`${row.work_item_id}:${dueOn}`, OVERDUE_FLAGGER.id, type, 0),
  };
  await markOverdue(tx, row.work_item_id, dueOn);
  await uow.publisher(tx, cause).publish({
    type,
    key: row.work_item_id,
    occurredAt: now,
    scope: { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id },
    counts: { affected: 1 },
    rules: [{ name: 'overdue-after-due-day', parameters: { dueOn, timezone: row.timezone } }],
    payload: {
      workItemId: row.work_item_id,
      eventId: row.event_id,
      clientId: row.client_id,
      title: row.title,
      dueOn,
      timezone: row.timezone,
      status: row.status,
      assigneeId: row.assignee_id,
      assigneeRole: row.assignee_role,
    },
  });
  return row.work_item_id;
}
