import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import type { Logger } from '@playbook/telemetry/logger';
import { amendOutcome, cancelOutcome, describePurchase, purchaseOrderIdFor } from '../domain/purchase-order.ts';
import { findPurchaseOrder, markCancelled, updatePendingTerms } from './purchase-orders.store.ts';

/**
 * The PO of an engagement, locked. Facts about one vendor share a key, so VendorEngaged always
 * precedes its cancellation or amendment: a missing PO is an anomaly (SPEND.PO_NOT_FOUND: retried,
 * then parked on the dead-letter topic for a redrive), never silently dropped.
 */
async function poOfEngagement(tx: Tx, engagementId: string) {
  const po = await findPurchaseOrder(tx, purchaseOrderIdFor(engagementId), true);
  if (!po) throw new CodedError('SPEND.PO_NOT_FOUND', `No purchase order for engagement ${engagementId} (yet).`, 404);
  return po;
}

/** vendors.EngagementCancelled → spend.PurchaseOrderCancelled, once (a replay finds the PO cancelled already). */
export async function cancelForEngagement(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'vendors.EngagementCancelled'>,
): Promise<void> {
  const po = await poOfEngagement(tx, e.payload.engagementId);
  const outcome = cancelOutcome(po.status);
  if (outcome.kind === 'unchanged') return;
  const reason = e.payload.reason ?? null;
  await markCancelled(tx, po.purchase_order_id, reason);
  await publisher.publish({
    type: 'spend.PurchaseOrderCancelled',
    key: po.purchase_order_id,
    scope: { orgId: po.org_id, clientId: po.client_id, eventId: po.event_id },
    counts: { affected: 1 },
    rules: [{ name: 'cancel-with-engagement', parameters: { previousStatus: outcome.previousStatus } }],
    payload: {
      purchaseOrderId: po.purchase_order_id,
      eventId: po.event_id,
      clientId: po.client_id,
      vendorId: po.vendor_id,
      amountMinor: Number(po.amount_minor),
      currency: po.currency,
      previousStatus: outcome.previousStatus,
      engagementId: po.engagement_id,
      reason,
      bomLineId: po.bom_line_id,
    },
  });
}

/**
 * vendors.EngagementAmended → the pending PO takes the new terms as a new revision and publishes
 * PurchaseOrderAmended, so approvals routes the new amount again (see amendOutcome for the decision).
 */
export async function amendForEngagement(
  tx: Tx,
  publisher: Publisher,
  log: Logger,
  e: EnvelopeOf<'vendors.EngagementAmended'>,
): Promise<void> {
  const p = e.payload;
  const po = await poOfEngagement(tx, p.engagementId);
  const outcome = amendOutcome(po.status);
  if (outcome === 'update') {
    const terms = { amountMinor: p.amountMinor, description: describePurchase(p), bomLineId: p.bomLineId ?? null };
    const unchanged =
      Number(po.amount_minor) === terms.amountMinor &&
      po.description === terms.description &&
      (po.bom_line_id ?? null) === terms.bomLineId;
    if (unchanged) return;
    const revision = await updatePendingTerms(tx, po.purchase_order_id, terms);
    if (revision === undefined) return;
    await publisher.publish({
      type: 'spend.PurchaseOrderAmended',
      key: po.purchase_order_id,
      scope: { orgId: e.scope.orgId, clientId: po.client_id, eventId: po.event_id },
      counts: { affected: 1 },
      payload: {
        purchaseOrderId: po.purchase_order_id,
        eventId: po.event_id,
        clientId: po.client_id,
        vendorId: po.vendor_id,
        vendorName: po.vendor_name,
        engagementId: p.engagementId,
        revision,
        previousAmountMinor: Number(po.amount_minor),
        amountMinor: terms.amountMinor,
        currency: po.currency,
        description: terms.description,
        bomLineId: terms.bomLineId,
        raisedBy: po.raised_by,
      },
    });
  } else if (outcome === 'keep-approved' && Number(po.amount_minor) !== p.amountMinor) {
    log.warn(
      { purchaseOrderId: po.purchase_order_id, approvedMinor: Number(po.amount_minor), amendedMinor: p.amountMinor },
      'engagement amended after its PO was approved: the PO keeps the approved amount',
    );
  }
}
