import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { respondToHeadsUp, type Response } from './heads-ups.commands.ts';
import type { AcceptRoute, EscalateRoute, GetOneRoute, ListRoute, PushBackRoute } from './heads-ups.routes.ts';
import { findHeadsUp, listReadableHeadsUps, toHeadsUp } from './heads-ups.store.ts';

const scopeOf = (h: { org_id: string; client_id: string | null; event_id: string | null }) => ({
  orgId: h.org_id,
  ...(h.client_id ? { clientId: h.client_id } : {}),
  ...(h.event_id ? { eventId: h.event_id } : {}),
});

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await listReadableHeadsUps(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toHeadsUp), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await findHeadsUp(c.var.sql, c.req.valid('param').headsUpId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The heads-up', 'AI.HEADS_UP_NOT_FOUND');
  await c.var.authorize('records.read', scopeOf(row));
  return c.json(toHeadsUp(row), 200);
};

/** A response continues the flow that raised the heads-up: same correlation id, same trace. */
async function respond(c: Context<AppEnv>, headsUpId: string, response: Response) {
  const current = await findHeadsUp(c.var.sql, headsUpId);
  if (!current || current.org_id !== c.var.principal.orgId) throw notFound('The heads-up', 'AI.HEADS_UP_NOT_FOUND');
  await c.var.authorize('heads-ups.respond', scopeOf(current));
  return command(
    c,
    async ({ tx, publisher }) => {
      const locked = (await findHeadsUp(tx, headsUpId, true))!;
      await respondToHeadsUp(tx, publisher, locked, response, c.var.principal.id);
      return { status: 200 as const, body: toHeadsUp((await findHeadsUp(tx, headsUpId))!) };
    },
    { flow: { correlationId: current.correlation_id } },
  );
}

export const accept: AppRouteHandler<AcceptRoute> = async (c) =>
  respond(c, c.req.valid('param').headsUpId, { kind: 'accept', note: c.req.valid('json').note ?? null });
export const pushBack: AppRouteHandler<PushBackRoute> = async (c) =>
  respond(c, c.req.valid('param').headsUpId, { kind: 'push-back', reason: c.req.valid('json').reason });
export const escalate: AppRouteHandler<EscalateRoute> = async (c) =>
  respond(c, c.req.valid('param').headsUpId, { kind: 'escalate', note: c.req.valid('json').note ?? null });
