import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { APPROVAL_SUBJECT, approvalTaskId, close } from '../domain/work-item.ts';
import { applyTransition, createWorkItem } from './work-items.commands.ts';
import { findBySubject, reassignRole } from './work-items.store.ts';

const utcDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/**
 * The approver's task for a sign-off. ApprovalRequested names a role at a scope, never a person, so
 * the task is unassigned with `assigneeRole` = the approver role (anyone holding it may pick it up and
 * assign themselves); it is due on the day the request escalates (UTC), and is about the request.
 */
export async function openApprovalTask(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'approvals.ApprovalRequested'>,
): Promise<void> {
  const p = e.payload;
  await createWorkItem(
    tx,
    publisher,
    {
      workItemId: approvalTaskId(p.approvalRequestId),
      orgId: e.scope.orgId,
      clientId: p.clientId,
      eventId: p.eventId,
      title: `Decide: ${p.summary}`,
      assigneeId: null,
      assigneeRole: p.approverRole,
      dueOn: utcDay(p.dueAt),
      timezone: 'UTC',
      subjectType: APPROVAL_SUBJECT,
      subjectId: p.approvalRequestId,
      source: 'approval',
      templateId: null,
      templateVersion: null,
      createdBy: e.actor.id,
      correlationId: e.correlationId,
    },
    {
      rules: [
        {
          name: 'approver-task',
          parameters: { policyId: p.policyId, approverRole: p.approverRole, approverScope: p.approverScope },
        },
      ],
    },
  );
}

export type ApprovalOutcome = 'granted' | 'rejected' | 'withdrawn';

/**
 * Closes the approver's task once the request is decided or withdrawn. Requests and decisions share
 * the approvals topic and the request's key, so the task exists first; a request made before work
 * existed has no task, and then there is nothing to close.
 */
export async function closeApprovalTask(
  tx: Tx,
  publisher: Publisher,
  log: Logger,
  approvalRequestId: string,
  outcome: ApprovalOutcome,
  by: string,
): Promise<void> {
  const task = await findBySubject(tx, APPROVAL_SUBJECT, approvalRequestId);
  if (!task) {
    log.info({ approvalRequestId, outcome }, 'no approver task to close');
    return;
  }
  await applyTransition(tx, publisher, task, close(task.status), by, `approval ${outcome}`, [
    { name: 'close-approver-task', parameters: { approvalRequestId, outcome } },
  ]);
}

/**
 * An escalated approval waits on another role with a new deadline: the open task follows it
 * (WorkItemAssigned with the new role). A closed task, or one on that role already, stays as it is.
 */
export async function followEscalation(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'approvals.ApprovalEscalated'>,
): Promise<void> {
  const p = e.payload;
  const task = await findBySubject(tx, APPROVAL_SUBJECT, p.approvalRequestId);
  if (!task || task.status === 'done' || task.assignee_role === p.toRole) return;
  const row = await reassignRole(tx, task.work_item_id, p.toRole, utcDay(p.dueAt));
  await publisher.publish({
    type: 'work.WorkItemAssigned',
    key: row.work_item_id,
    scope: { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id },
    counts: { affected: 1 },
    rules: [{ name: 'follow-approval-escalation', parameters: { fromRole: p.fromRole, toRole: p.toRole } }],
    payload: {
      workItemId: row.work_item_id,
      eventId: row.event_id,
      clientId: row.client_id,
      assigneeId: row.assignee_id,
      previousAssigneeId: task.assignee_id,
      assigneeRole: row.assignee_role,
      previousAssigneeRole: task.assignee_role,
      assignedBy: e.actor.id,
    },
  });
}
