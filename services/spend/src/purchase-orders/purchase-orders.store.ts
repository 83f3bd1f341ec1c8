import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
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
  bom_line_id: string | null;
  erp_system: string | null;
  erp_document_id: string | null;
  erp_document_number: string | null;
  exported_at: Date | null;
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

export interface PurchaseOrderFilter {
  eventId?: string | undefined;
  vendorId?: string | undefined;
  status?: PoStatus | undefined;
  afterSeq: string;
  limit: number;
}

/** The page after `afterSeq` (limit + 1 rows, for toPage) of the POs `reader` may read. */
export function listReadable(db: Queryable, reader: Reader, f: PurchaseOrderFilter) {
  return db<PurchaseOrderRow[]>`
    select r.* from purchase_orders r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
      ${f.vendorId ? db`and r.vendor_id = ${f.vendorId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export interface NewPurchaseOrder {
  purchaseOrderId: string;
  engagementId: string;
  orgId: string;
  clientId: string;
  eventId: string;
  vendorId: string;
  vendorName: string;
  amountMinor: number;
  currency: string;
  description: string;
  raisedBy: string;
  raisedAt: Date;
  correlationId: string;
  bomLineId: string | null;
}

/** Inserts a pending PO; false when one exists already for the id or the engagement. */
export async function insertPurchaseOrder(db: Queryable, po: NewPurchaseOrder): Promise<boolean> {
  const inserted = await db`
    insert into purchase_orders (purchase_order_id, engagement_id, org_id, client_id, event_id, vendor_id, vendor_name,
      amount_minor, currency, description, status, raised_by, raised_at, correlation_id, bom_line_id)
    values (${po.purchaseOrderId}, ${po.engagementId}, ${po.orgId}, ${po.clientId}, ${po.eventId}, ${po.vendorId},
      ${po.vendorName}, ${po.amountMinor}, ${po.currency}, ${po.description}, 'pending_approval', ${po.raisedBy},
      ${po.raisedAt}, ${po.correlationId}, ${po.bomLineId})
    on conflict do nothing returning 1`;
  return inserted.length === 1;
}

export interface PurchaseOrderDecision {
  status: PoStatus;
  approvalRequestId: string;
  decidedBy: string;
  comment: string | null;
}

export async function recordDecision(db: Queryable, purchaseOrderId: string, d: PurchaseOrderDecision): Promise<void> {
  await db`update purchase_orders set status = ${d.status}, approval_request_id = ${d.approvalRequestId},
             decided_by = ${d.decidedBy}, decided_at = now(), decision_comment = ${d.comment}
           where purchase_order_id = ${purchaseOrderId}`;
}

export async function markCancelled(db: Queryable, purchaseOrderId: string, reason: string | null): Promise<void> {
  await db`update purchase_orders set status = 'cancelled', cancelled_at = now(), cancel_reason = ${reason}
           where purchase_order_id = ${purchaseOrderId}`;
}

/** The pending PO takes new terms as its next revision; returns that revision (undefined when no longer pending). */
export async function updatePendingTerms(
  db: Queryable,
  purchaseOrderId: string,
  t: { amountMinor: number; description: string; bomLineId: string | null },
): Promise<number | undefined> {
  const [row] = await db<{ revision: number }[]>`
    update purchase_orders set amount_minor = ${t.amountMinor}, description = ${t.description},
             bom_line_id = ${t.bomLineId}, amended_at = now(), revision = revision + 1
           where purchase_order_id = ${purchaseOrderId} and status = 'pending_approval'
    returning revision`;
  return row?.revision;
}

export interface ErpExport {
  erpSystem: string;
  erpDocumentId: string;
  erpDocumentNumber: string;
  exportedAt: Date;
}

export async function recordExport(db: Queryable, purchaseOrderId: string, x: ErpExport): Promise<void> {
  await db`update purchase_orders set erp_system = ${x.erpSystem}, erp_document_id = ${x.erpDocumentId},
             erp_document_number = ${x.erpDocumentNumber}, exported_at = ${x.exportedAt}
           where purchase_order_id = ${purchaseOrderId}`;
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
  bomLineId: r.bom_line_id,
  erp: r.erp_document_id
    ? {
        system: r.erp_system!,
        documentId: r.erp_document_id,
        documentNumber: r.erp_document_number!,
        exportedAt: r.exported_at!.toISOString(),
      }
    : null,
});
