import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { openApprovalTask } from '../work-items/approval-tasks.commands.ts';

export const openApproverTaskWhenApprovalRequested = on<Tx, 'approvals.ApprovalRequested'>(
  'open-approver-task-when-approval-requested',
  'approvals.ApprovalRequested',
  (e, { tx, publisher }) => openApprovalTask(tx, publisher, e),
);
