import type { Queryable } from '@playbook/db/client';
import type { PoStatus } from '../domain/purchase-order.ts';

export interface PurchaseOrderRow {
  purchase_order_id: string;
  seq: string;
  engagement_id: string | null;
  org_id: string;
  client_id: string;
  event_id: string;
  vendor_id: string;
  vendor_name: string;
  amount_minor: string;
  currency: string;
  description: string;
  status: PoStatus;
  raised_by: string;
  raised_at: Date;
  correlation_id: string;
  approval_request_id: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_comment: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findPurchaseOrder(
  db: Queryable,
  purchaseOrderId: string,
  lock = false,
): Promise<PurchaseOrderRow | undefined> {
  if (!UUID.test(purchaseOrderId)) return undefined;
  const [row] = lock
    ? await db<
        PurchaseOrderRow[]
      >`select * from purchase_orders where purchase_order_id = ${purchaseOrderId} for update`
    : await db<PurchaseOrderRow[]>`select * from purchase_orders where purchase_order_id = ${purchaseOrderId}`;
  return row;
}

export const toPurchaseOrder = (r: PurchaseOrderRow) => ({
  purchaseOrderId: r.purchase_order_id,
  engagementId: r.engagement_id,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  vendorId: r.vendor_id,
  vendorName: r.vendor_name,
  amountMinor: Number(r.amount_minor),
  currency: r.currency,
  description: r.description,
  status: r.status,
  raisedBy: r.raised_by,
  raisedAt: r.raised_at.toISOString(),
  correlationId: r.correlation_id,
  approvalRequestId: r.approval_request_id,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at?.toISOString() ?? null,
  decisionComment: r.decision_comment,
});
