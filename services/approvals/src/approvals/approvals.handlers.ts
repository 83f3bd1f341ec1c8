import { rolesOver } from '@playbook/service-kit/access-projection';
import type { AppEnv, AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { forbidden, notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { approverTarget, decisionRefusal } from '../domain/approval.ts';
import { decide } from './approvals.commands.ts';
import type { GetOneRoute, GrantRoute, ListPendingRoute, RejectRoute } from './approvals.routes.ts';
import { type ApprovalRow, findRequest, pendingFor } from './approvals.store.ts';
import { toView } from './approvals.view.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';

const REFUSALS = {
  OWN_REQUEST: 'A producer may not approve their own PO: you raised this request.',
  NOT_APPROVER: 'This request waits on another approver: you do not hold its approver role over it.',
} as const;

/** The request, if it exists in the caller's organization (another organization's is "not found"). */
async function requestInOrg(c: Context<AppEnv>, id: string): Promise<ApprovalRow> {
  const row = await findRequest(c.var.sql, id);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The approval request', 'APPROVALS.NOT_FOUND');
  return row;
}

/**
 * Grant or reject. Checked before the transaction so a refusal leaves no trace: `approvals.decide`
 * at the event, not the caller's own request, the approver role (or admin) over the request. The
 * command then takes the row and requires it still pending; with an Idempotency-Key a retry gets
 * the first decision back. The decision continues the flow that asked for it.
 */
async function decideOver(c: Context<AppEnv>, id: string, verdict: 'granted' | 'rejected', comment: string | null) {
  const row = await requestInOrg(c, id);
  const scope = { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id };
  await c.var.authorize('approvals.decide', scope);
  const me = c.var.principal.id;
  const roles = await rolesOver(c.var.sql, me, approverTarget(scope, row.approver_scope));
  const refusal = decisionRefusal({ requestedBy: row.requested_by, approverRole: row.approver_role }, me, roles);
  if (refusal) throw forbidden(REFUSALS[refusal], `APPROVALS.${refusal}`);
  const decision = { id: row.approval_request_id, verdict, by: me, comment, approverRole: row.approver_role };
  return command(
    c,
    async ({ tx, publisher }) => ({ status: 200 as const, body: toView(await decide(tx, publisher, decision)) }),
    { flow: { correlationId: row.correlation_id, traceHeaders: row.trace_headers } },
  );
}

export const listPending: AppRouteHandler<ListPendingRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const rows = await pendingFor(c.var.sql, c.var.principal, {
    limit: limit + 1,
    after: cursor ? decodeCursor(cursor) : undefined,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor(last.requested_at, last.approval_request_id) : null;
  return c.json({ items: page.map(toView), nextCursor }, 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await requestInOrg(c, c.req.valid('param').id);
  await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return c.json(toView(row), 200);
};

export const grant: AppRouteHandler<GrantRoute> = async (c) => {
  const comment = c.req.header('content-type')?.includes('json') ? (c.req.valid('json')?.comment ?? null) : null;
  return decideOver(c, c.req.valid('param').id, 'granted', comment);
};

export const reject: AppRouteHandler<RejectRoute> = async (c) =>
  decideOver(c, c.req.valid('param').id, 'rejected', c.req.valid('json').comment);
