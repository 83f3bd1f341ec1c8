import { CodedError } from '@playbook/errors/coded-error';
import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { type Decision, decide, describePurchase, purchaseOrderIdFor } from '../domain/purchase-order.ts';
import { findPurchaseOrder, insertPurchaseOrder, recordDecision } from './purchase-orders.store.ts';

/** The subject type approvals uses for purchase orders. */
export const PO_SUBJECT = 'purchase-order';

/**
 * Raises the PO of an engagement. One PO per engagement: the inbox already drops a re-delivered
 * message; the PO id derived from the engagement id plus the unique engagement_id also hold if the
 * inbox is lost (a restored database, a replay after an inbox purge): nothing is inserted or published.
 */
export async function raiseForEngagement(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'vendors.VendorEngaged'>,
): Promise<void> {
  const p = e.payload;
  const purchaseOrderId = purchaseOrderIdFor(p.engagementId);
  const description = describePurchase(p);
  const scope = { orgId: e.scope.orgId, clientId: p.clientId, eventId: p.eventId };
  const raised = await insertPurchaseOrder(tx, {
    purchaseOrderId,
    engagementId: p.engagementId,
    ...scope,
    vendorId: p.vendorId,
    vendorName: p.vendorName,
    amountMinor: p.amountMinor,
    currency: p.currency,
    description,
    raisedBy: e.actor.id,
    raisedAt: new Date(e.occurredAt),
    correlationId: e.correlationId,
    bomLineId: p.bomLineId ?? null,
  });
  if (!raised) return;
  await publisher.publish({
    type: 'spend.PurchaseOrderRaised',
    key: purchaseOrderId,
    scope,
    payload: {
      purchaseOrderId,
      eventId: scope.eventId,
      clientId: scope.clientId,
      vendorId: p.vendorId,
      vendorName: p.vendorName,
      amountMinor: p.amountMinor,
      currency: p.currency,
      engagementId: p.engagementId,
      description,
      raisedBy: e.actor.id,
      bomLineId: p.bomLineId ?? null,
    },
  });
}

export interface ApprovalDecision {
  approvalRequestId: string;
  subjectType: string;
  subjectId: string;
  eventId: string;
  decidedBy: string;
  comment?: string | null;
  /** The amount decided on (absent from decisions made before approvals carried it). */
  amountMinor?: number | null;
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
  if (d.amountMinor != null && d.amountMinor !== Number(po.amount_minor)) {
    // The PO was amended while the approver decided: approvals routes the new revision, whose decision counts.
    log.warn(
      { purchaseOrderId: po.purchase_order_id, decidedMinor: d.amountMinor, currentMinor: Number(po.amount_minor) },
      'decision on a superseded amount ignored',
    );
    return;
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
  const comment = d.comment ?? null;
  await recordDecision(tx, po.purchase_order_id, {
    status: outcome.next,
    approvalRequestId: d.approvalRequestId,
    decidedBy: d.decidedBy,
    comment,
  });
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
      payload: { ...common, approvedBy: d.decidedBy, bomLineId: po.bom_line_id },
    });
  } else {
    await publisher.publish({
      type: 'spend.PurchaseOrderRejected',
      key: po.purchase_order_id,
      scope,
      payload: { ...common, rejectedBy: d.decidedBy, comment },
    });
  }
}
