import { CodedError } from '@playbook/errors/coded-error';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { decide, type Decision } from '../domain/purchase-order.ts';
import { findPurchaseOrder } from '../purchase-orders/purchase-orders.store.ts';

export const PO_SUBJECT = 'purchase-order';

interface ApprovalDecision {
  approvalRequestId: string;
  subjectType: string;
  subjectId: string;
  eventId: string;
  decidedBy: string;
  comment?: string | null;
}

/**
 * Applies an approval decision to a PO.
 * - Other subject types (contracts, BOM lines) are not ours: ignored.
 * - An unknown PO throws SPEND.PO_NOT_FOUND: the consumer retries and then parks the message on the
 *   dead-letter topic with that reason. Within spend a PO always exists before its approval (approvals
 *   only asks after PurchaseOrderRaised), but the approvals and vendors topics are not ordered with
 *   each other: after a restore or a consumer-group reset spend may read a decision before it has
 *   re-raised the PO. Dropping the decision would lose it for good; the DLQ keeps it for a redrive.
 * - The same decision again is a no-op; the opposite decision on a decided PO is refused (logged): the first stands.
 */
export async function applyDecision(
  tx: Tx,
  publisher: Publisher,
  log: Logger,
  decision: Decision,
  d: ApprovalDecision,
): Promise<void> {
  if (d.subjectType !== PO_SUBJECT) return;
  const po = await findPurchaseOrder(tx, d.subjectId, true);
  if (!po)
    throw new CodedError('SPEND.PO_NOT_FOUND', `Purchase order ${d.subjectId} is not known to spend (yet).`, 404);
  if (po.event_id !== d.eventId) {
    throw new CodedError(
      'SPEND.PO_EVENT_MISMATCH',
      `Approval ${d.approvalRequestId} names event ${d.eventId}, PO ${po.purchase_order_id} is for ${po.event_id}.`,
      409,
    );
  }
  const outcome = decide(po.status, decision);
  if (outcome.kind === 'unchanged') return;
  if (outcome.kind === 'conflict') {
    log.warn(
      {
        purchaseOrderId: po.purchase_order_id,
        status: outcome.current,
        decision,
        approvalRequestId: d.approvalRequestId,
      },
      'decision on an already decided PO ignored',
    );
    return;
  }
  await tx`update purchase_orders set status = ${outcome.next}, approval_request_id = ${d.approvalRequestId}, decided_by = ${d.decidedBy},
             decided_at = now(), decision_comment = ${d.comment ?? null} where purchase_order_id = ${po.purchase_order_id}`;
  const common = {
    purchaseOrderId: po.purchase_order_id,
    eventId: po.event_id,
    clientId: po.client_id,
    vendorId: po.vendor_id,
    amountMinor: Number(po.amount_minor),
    currency: po.currency,
    approvalRequestId: d.approvalRequestId,
  };
  const scope = { orgId: po.org_id, clientId: po.client_id, eventId: po.event_id };
  if (outcome.next === 'approved') {
    await publisher.publish({
      type: 'spend.PurchaseOrderApproved',
      key: po.purchase_order_id,
      scope,
      payload: { ...common, approvedBy: d.decidedBy },
    });
  } else {
    await publisher.publish({
      type: 'spend.PurchaseOrderRejected',
      key: po.purchase_order_id,
      scope,
      payload: { ...common, rejectedBy: d.decidedBy, comment: d.comment ?? null },
    });
  }
}
