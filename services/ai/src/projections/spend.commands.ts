import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { reviewAfter } from './review.ts';
import * as store from './spend.store.ts';

export const REVIEW_RAISED_PO = 'review-po-when-po-raised';
export const REVIEW_APPROVED_PO = 'review-po-when-po-approved';
export const REVIEW_CARD_CHARGE = 'review-charge-when-card-transaction-imported';

/** A raised PO is reviewed at once only for a missing link: its engagement may still be on its way. */
export async function raised(tx: Tx, publisher: Publisher, e: EnvelopeOf<'spend.PurchaseOrderRaised'>) {
  const p = e.payload;
  await store.recordPurchaseOrder(tx, e.scope.orgId, p, new Date(e.occurredAt));
  const task = {
    task: 'review-purchase-order' as const,
    purchaseOrderId: p.purchaseOrderId,
    engagementRequired: false,
  };
  await reviewAfter(tx, publisher, REVIEW_RAISED_PO, e, task, p);
}

/** An approved PO commits money: by now its engagement must be known and in force. */
export async function approved(tx: Tx, publisher: Publisher, e: EnvelopeOf<'spend.PurchaseOrderApproved'>) {
  const p = e.payload;
  await store.decidePurchaseOrder(tx, e.scope.orgId, p, 'approved', new Date(e.occurredAt));
  const task = { task: 'review-purchase-order' as const, purchaseOrderId: p.purchaseOrderId, engagementRequired: true };
  await reviewAfter(tx, publisher, REVIEW_APPROVED_PO, e, task, p);
}

export const cancelled = (tx: Tx, e: EnvelopeOf<'spend.PurchaseOrderCancelled'>) =>
  store.cancelPurchaseOrder(tx, e.payload.purchaseOrderId);

export const rejected = (tx: Tx, e: EnvelopeOf<'spend.PurchaseOrderRejected'>) =>
  store.decidePurchaseOrder(tx, e.scope.orgId, e.payload, 'rejected', new Date(e.occurredAt));

export async function cardCharge(tx: Tx, publisher: Publisher, e: EnvelopeOf<'spend.CardTransactionImported'>) {
  const scope = { orgId: e.scope.orgId, clientId: e.scope.clientId ?? null, eventId: e.scope.eventId ?? null };
  await store.recordCardTransaction(tx, scope, e.payload);
  const task = { task: 'review-card-transaction' as const, cardTransactionId: e.payload.cardTransactionId };
  await reviewAfter(tx, publisher, REVIEW_CARD_CHARGE, e, task, scope);
}
