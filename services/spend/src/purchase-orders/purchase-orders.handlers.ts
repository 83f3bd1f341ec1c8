import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { GetOneRoute, ListRoute } from './purchase-orders.routes.ts';
import { findPurchaseOrder, listReadable, toPurchaseOrder } from './purchase-orders.store.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await listReadable(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toPurchaseOrder), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await findPurchaseOrder(c.var.sql, c.req.valid('param').purchaseOrderId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The purchase order', 'SPEND.PO_NOT_FOUND');
  await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return c.json(toPurchaseOrder(row), 200);
};
