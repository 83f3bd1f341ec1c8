import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { withdrawForSubject } from '../approvals/approvals.commands.ts';

/** spend.PurchaseOrderCancelled → the PO's pending request is withdrawn (approvals.ApprovalWithdrawn). */
export const withdrawApprovalWhenPoCancelled = on<Tx, 'spend.PurchaseOrderCancelled'>(
  'withdraw-approval-when-po-cancelled',
  'spend.PurchaseOrderCancelled',
  (e, { tx, publisher, log }) =>
    withdrawForSubject(tx, publisher, log, {
      type: 'purchase-order',
      id: e.payload.purchaseOrderId,
      reason: e.payload.reason ?? 'purchase order cancelled',
    }),
);
