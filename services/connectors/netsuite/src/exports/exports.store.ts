import type { Queryable } from '@playbook/db/client';

export async function rememberVendorLink(db: Queryable, l: { vendorId: string; orgId: string; internalId: string }) {
  await db`insert into vendor_links (vendor_id, org_id, internal_id) values (${l.vendorId}, ${l.orgId}, ${l.internalId})
           on conflict (vendor_id) do update set internal_id = excluded.internal_id, linked_at = now()`;
}

export async function linkedInternalId(db: Queryable, vendorId: string): Promise<string | undefined> {
  const [row] = await db<{ internal_id: string }[]>`select internal_id from vendor_links where vendor_id = ${vendorId}`;
  return row?.internal_id;
}

export interface RaisedPurchaseOrder {
  purchaseOrderId: string;
  orgId: string;
  vendorId: string;
  vendorName: string;
  description: string;
}

export async function rememberRaised(db: Queryable, po: RaisedPurchaseOrder) {
  await db`insert into raised_purchase_orders (purchase_order_id, org_id, vendor_id, vendor_name, description)
           values (${po.purchaseOrderId}, ${po.orgId}, ${po.vendorId}, ${po.vendorName}, ${po.description})
           on conflict (purchase_order_id) do update set vendor_name = excluded.vendor_name, description = excluded.description`;
}

export async function findRaised(db: Queryable, purchaseOrderId: string) {
  const [row] = await db<{ vendor_name: string; description: string }[]>`
    select vendor_name, description from raised_purchase_orders where purchase_order_id = ${purchaseOrderId}`;
  return row ? { vendorName: row.vendor_name, description: row.description } : undefined;
}

export interface ExportRow {
  purchaseOrderId: string;
  internalId: string;
  tranId: string;
  vendorInternalId: string;
  reused: boolean;
}

export async function findExport(db: Queryable, purchaseOrderId: string) {
  const [row] = await db<
    { internal_id: string }[]
  >`select internal_id from exports where purchase_order_id = ${purchaseOrderId}`;
  return row;
}

export async function recordExport(db: Queryable, e: ExportRow) {
  await db`insert into exports (purchase_order_id, internal_id, tran_id, vendor_internal_id, reused)
           values (${e.purchaseOrderId}, ${e.internalId}, ${e.tranId}, ${e.vendorInternalId}, ${e.reused})
           on conflict do nothing`;
}
