import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applyDecision } from '../purchase-orders/purchase-orders.commands.ts';

export const approvePoWhenApprovalGranted = on<Tx, 'approvals.ApprovalGranted'>(
  'approve-po-when-approval-granted',
  'approvals.ApprovalGranted',
  (e, { tx, publisher, log }) => applyDecision(tx, publisher, log, 'approve', e.payload),
);
