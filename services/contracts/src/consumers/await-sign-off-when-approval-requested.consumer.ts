import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applySignOff } from '../contracts/sign-off.commands.ts';

export const awaitSignOffWhenApprovalRequested = on<Tx, 'approvals.ApprovalRequested'>(
  'await-sign-off-when-approval-requested',
  'approvals.ApprovalRequested',
  (e, { tx, log }) => applySignOff(tx, log, e.scope.orgId, 'requested', e.payload),
);
