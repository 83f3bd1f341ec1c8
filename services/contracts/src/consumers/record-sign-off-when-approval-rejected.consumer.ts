import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applySignOff } from '../contracts/sign-off.commands.ts';

export const recordSignOffWhenApprovalRejected = on<Tx, 'approvals.ApprovalRejected'>(
  'record-sign-off-when-approval-rejected',
  'approvals.ApprovalRejected',
  (e, { tx, log }) => applySignOff(tx, log, e.scope.orgId, 'rejected', e.payload),
);
