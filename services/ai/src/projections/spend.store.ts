import type { Queryable } from '@playbook/db/client';
import type { EventPayloads } from '@playbook/contracts/types';

type P<T extends keyof EventPayloads> = EventPayloads[T];

export async function recordPurchaseOrder(db: Queryable, orgId: string, p: P<'spend.PurchaseOrderRaised'>, at: Date) {
  await db`insert into purchase_orders (purchase_order_id, org_id, client_id, event_id, vendor_id, engagement_id,
             amount_minor, currency, status, raised_at)
           values (${p.purchaseOrderId}, ${orgId}, ${p.clientId}, ${p.eventId}, ${p.vendorId}, ${p.engagementId ?? null},
             ${p.amountMinor}, ${p.currency}, 'raised', ${at})
           on conflict (purchase_order_id) do nothing`;
}

/** A decision; a decision for a PO not seen yet records the PO from the decision itself. */
export async function decidePurchaseOrder(
  db: Queryable,
  orgId: string,
  p: P<'spend.PurchaseOrderApproved'> | P<'spend.PurchaseOrderRejected'>,
  status: 'approved' | 'rejected',
  at: Date,
) {
  await db`insert into purchase_orders (purchase_order_id, org_id, client_id, event_id, vendor_id, engagement_id,
             amount_minor, currency, status, raised_at)
           values (${p.purchaseOrderId}, ${orgId}, ${p.clientId}, ${p.eventId}, ${p.vendorId}, null,
             ${p.amountMinor}, ${p.currency}, ${status}, ${at})
           on conflict (purchase_order_id) do update set status = excluded.status`;
}

export async function recordCardTransaction(
  db: Queryable,
  scope: { orgId: string; clientId: string | null; eventId: string | null },
  t: P<'spend.CardTransactionImported'>,
) {
  await db`insert into card_transactions (card_transaction_id, org_id, client_id, event_id, source, source_transaction_id,
             card_holder_name, card_holder_id, merchant_name, amount_minor, currency, transacted_at)
           values (${t.cardTransactionId}, ${scope.orgId}, ${scope.clientId}, ${scope.eventId}, ${t.source},
             ${t.sourceTransactionId}, ${t.cardHolderName}, ${t.cardHolderId ?? null}, ${t.merchantName}, ${t.amountMinor},
             ${t.currency}, ${new Date(t.transactedAt)})
           on conflict (card_transaction_id) do nothing`;
}

export async function cancelPurchaseOrder(db: Queryable, purchaseOrderId: string) {
  await db`update purchase_orders set status = 'cancelled' where purchase_order_id = ${purchaseOrderId}`;
}
