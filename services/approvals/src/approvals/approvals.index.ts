import type { App } from '@playbook/service-kit/app-env';
import { CodedError } from '@playbook/errors/coded-error';
import { decide, requestInOrg } from './approvals.handlers.ts';
import { getApproval, grantApproval, listPending, rejectApproval } from './approvals.routes.ts';
import { pendingFor, toView } from './approvals.store.ts';

const encodeCursor = (at: Date, id: string) =>
  Buffer.from(JSON.stringify([at.toISOString(), id])).toString('base64url');
function decodeCursor(cursor: string): { at: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as [string, string];
    const date = new Date(at);
    if (typeof id !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad');
    return { at: date, id };
  } catch {
    throw new CodedError('APPROVALS.BAD_CURSOR', 'The cursor is not one this service gave out.', 400);
  }
}

export function mountApprovals(app: App) {
  // Registered before /approvals/{id}, so "pending" is never taken for an id.
  app.openapi(listPending, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const rows = await pendingFor(c.var.sql, c.var.principal, {
      limit: limit + 1,
      after: cursor ? decodeCursor(cursor) : undefined,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = rows.length > limit && last ? encodeCursor(last.requested_at, last.approval_request_id) : null;
    return c.json({ items: page.map(toView), nextCursor }, 200);
  });

  app.openapi(getApproval, async (c) => {
    const row = await requestInOrg(c, c.req.valid('param').id);
    await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
    return c.json(toView(row), 200);
  });

  app.openapi(grantApproval, async (c) =>
    decide(c, c.req.valid('param').id, 'granted', c.req.valid('json').comment ?? null),
  );
  app.openapi(rejectApproval, async (c) => decide(c, c.req.valid('param').id, 'rejected', c.req.valid('json').comment));
}
