import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { closeApprovalTask } from '../work-items/approval-tasks.commands.ts';

/** The approver's task is done once the request is granted, rejected or withdrawn. */
export const closeApproverTaskWhenApprovalGranted = on<Tx, 'approvals.ApprovalGranted'>(
  'close-approver-task-when-approval-granted',
  'approvals.ApprovalGranted',
  (e, { tx, publisher, log }) =>
    closeApprovalTask(tx, publisher, log, e.payload.approvalRequestId, 'granted', e.payload.decidedBy),
);

export const closeApproverTaskWhenApprovalRejected = on<Tx, 'approvals.ApprovalRejected'>(
  'close-approver-task-when-approval-rejected',
  'approvals.ApprovalRejected',
  (e, { tx, publisher, log }) =>
    closeApprovalTask(tx, publisher, log, e.payload.approvalRequestId, 'rejected', e.payload.decidedBy),
);

export const closeApproverTaskWhenApprovalWithdrawn = on<Tx, 'approvals.ApprovalWithdrawn'>(
  'close-approver-task-when-approval-withdrawn',
  'approvals.ApprovalWithdrawn',
  (e, { tx, publisher, log }) =>
    closeApprovalTask(tx, publisher, log, e.payload.approvalRequestId, 'withdrawn', e.actor.id),
);
