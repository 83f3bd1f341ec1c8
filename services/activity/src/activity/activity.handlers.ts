import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { GetOneRoute, ListRoute } from './activity.routes.ts';
import { findEntry, toView, visibleEntries } from './activity.store.ts';

/** Reads of the audit trail (records.read, filtered by the caller's grants). */
export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const rows = await visibleEntries(c.var.sql, c.var.principal, {
    correlationId: q.correlationId,
    actorId: q.actorId,
    type: q.type,
    clientId: q.clientId,
    eventId: q.eventId,
    from: q.from ? new Date(q.from) : undefined,
    to: q.to ? new Date(q.to) : undefined,
    afterSeq: q.cursor ? Number(afterSeq(q.cursor)) : undefined,
    limit: q.limit + 1,
  });
  return c.json(toPage(rows, q.limit, toView), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await findEntry(c.var.sql, c.req.valid('param').messageId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The activity entry', 'ACTIVITY.NOT_FOUND');
  await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return c.json(toView(row), 200);
};
