import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { notFound } from '@playbook/service-kit/problem';
import { readableBy } from '@playbook/service-kit/access-projection';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import type { getPurchaseOrder, listPurchaseOrders } from './purchase-orders.routes.ts';
import { findPurchaseOrder, toPurchaseOrder, type PurchaseOrderRow } from './purchase-orders.store.ts';

export const onListPurchaseOrders: RouteHandler<typeof listPurchaseOrders, AppEnv> = async (c) => {
  const q = c.req.valid('query');
  const sql = c.var.sql;
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await sql<PurchaseOrderRow[]>`
    select r.* from purchase_orders r
    where ${readableBy(sql, c.var.principal)} and r.seq > ${afterSeq(q.cursor)}
      ${q.eventId ? sql`and r.event_id = ${q.eventId}` : sql``}
      ${q.vendorId ? sql`and r.vendor_id = ${q.vendorId}` : sql``}
      ${q.status ? sql`and r.status = ${q.status}` : sql``}
    order by r.seq limit ${q.limit + 1}`;
  const { items, nextCursor } = toPage(rows, q.limit);
  return c.json({ items: items.map(toPurchaseOrder), nextCursor }, 200);
};

export const onGetPurchaseOrder: RouteHandler<typeof getPurchaseOrder, AppEnv> = async (c) => {
  const row = await findPurchaseOrder(c.var.sql, c.req.valid('param').purchaseOrderId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The purchase order', 'SPEND.PO_NOT_FOUND');
  await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return c.json(toPurchaseOrder(row), 200);
};
