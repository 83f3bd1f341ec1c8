import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { describePurchase, purchaseOrderIdFor } from '../domain/purchase-order.ts';

/**
 * One PO per engagement. The inbox already drops a re-delivered message; the PO id derived from
 * the engagement id plus the unique engagement_id also hold if the inbox is lost (a restored
 * database, a replay after an inbox purge): the insert does nothing and nothing is published.
 */
export const raisePoWhenVendorEngaged = on<Tx, 'vendors.VendorEngaged'>(
  'raise-po-when-vendor-engaged',
  'vendors.VendorEngaged',
  async (e, { tx, publisher }) => {
    const p = e.payload;
    const purchaseOrderId = purchaseOrderIdFor(p.engagementId);
    const description = describePurchase(p);
    const scope = { orgId: e.scope.orgId, clientId: p.clientId, eventId: p.eventId };
    const inserted = await tx`
    insert into purchase_orders (purchase_order_id, engagement_id, org_id, client_id, event_id, vendor_id, vendor_name,
      amount_minor, currency, description, status, raised_by, raised_at, correlation_id)
    values (${purchaseOrderId}, ${p.engagementId}, ${scope.orgId}, ${scope.clientId}, ${scope.eventId}, ${p.vendorId}, ${p.vendorName},
      ${p.amountMinor}, ${p.currency}, ${description}, 'pending_approval', ${e.actor.id}, ${new Date(e.occurredAt)}, ${e.correlationId})
    on conflict do nothing returning 1`;
    if (inserted.length === 0) return;
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
      },
    });
  },
);
