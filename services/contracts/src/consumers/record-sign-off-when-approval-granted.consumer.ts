import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applySignOff } from '../contracts/sign-off.commands.ts';

export const recordSignOffWhenApprovalGranted = on<Tx, 'approvals.ApprovalGranted'>(
  'record-sign-off-when-approval-granted',
  'approvals.ApprovalGranted',
  (e, { tx, log }) => applySignOff(tx, log, e.scope.orgId, 'granted', e.payload),
);
