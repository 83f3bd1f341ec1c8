import { CodedError } from '@playbook/bus/errors';
import type { App } from '@playbook/service-kit/app-env';
import { notFound } from '@playbook/service-kit/problem';
import { getActivity, listActivity } from './activity.routes.ts';
import { findEntry, toView, visibleEntries } from './activity.store.ts';

const encodeCursor = (seq: string) => Buffer.from(`seq:${seq}`).toString('base64url');
function decodeCursor(cursor: string): number {
  const match = /^seq:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw new CodedError('ACTIVITY.BAD_CURSOR', 'The cursor is not one this service gave out.', 400);
  return Number(match[1]);
}

/** Reads of the audit trail (records.read, filtered by the caller's grants). */
export function mountActivity(app: App) {
  app.openapi(listActivity, async (c) => {
    const q = c.req.valid('query');
    const rows = await visibleEntries(c.var.sql, c.var.principal, {
      correlationId: q.correlationId, actorId: q.actorId, type: q.type, clientId: q.clientId, eventId: q.eventId,
      from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined,
      afterSeq: q.cursor ? decodeCursor(q.cursor) : undefined,
      limit: q.limit + 1,
    });
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return c.json({ items: page.map(toView), nextCursor: rows.length > q.limit && last ? encodeCursor(last.seq) : null }, 200);
  });

  app.openapi(getActivity, async (c) => {
    const row = await findEntry(c.var.sql, c.req.valid('param').messageId);
    if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The activity entry', 'ACTIVITY.NOT_FOUND');
    await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
    return c.json(toView(row), 200);
  });
}
