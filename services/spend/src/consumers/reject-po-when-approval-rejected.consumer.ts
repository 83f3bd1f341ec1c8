import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applyDecision } from '../purchase-orders/purchase-orders.commands.ts';

export const rejectPoWhenApprovalRejected = on<Tx, 'approvals.ApprovalRejected'>(
  'reject-po-when-approval-rejected',
  'approvals.ApprovalRejected',
  (e, { tx, publisher, log }) => applyDecision(tx, publisher, log, 'reject', e.payload),
);
