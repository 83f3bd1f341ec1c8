import type { AppEnv, AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { findEvent } from '../events/events.store.ts';
import { today } from '../vendors/vendors.store.ts';
import {
  cancelEngagement,
  completeEngagement,
  ENGAGEMENT_NOT_FOUND,
  rateEngagement,
} from './engagement-lifecycle.commands.ts';
import { amend, engage } from './engagements.commands.ts';
import type {
  CancelRoute,
  CompleteRoute,
  CreateRoute,
  GetOneRoute,
  ListRoute,
  PatchRoute,
  RateRoute,
} from './engagements.routes.ts';
import { findEngagement, listReadable, toEngagement } from './engagements.store.ts';
import { toRating } from './ratings.store.ts';

/** The engagement in the caller's organization, once `vendors.engage` at its event is checked (before any transaction). */
async function engageable(c: Context<AppEnv>, engagementId: string) {
  const found = await findEngagement(c.var.sql, c.var.principal.orgId, engagementId);
  if (!found) throw notFound('The engagement', ENGAGEMENT_NOT_FOUND);
  await c.var.authorize('vendors.engage', { orgId: found.org_id, clientId: found.client_id, eventId: found.event_id });
  return found;
}

/** An optional JSON body: absent (no content type) reads as empty. */
const optionalBody = <T>(c: Context<AppEnv>, read: () => T): Partial<T> =>
  (c.req.header('content-type')?.includes('json') ? read() : undefined) ?? {};

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const input = c.req.valid('json');
  // The event's client comes from our own projection of the events topic, never from the caller.
  const event = await findEvent(c.var.sql, c.var.principal.orgId, input.eventId);
  if (!event) throw notFound('The event (not yet known to vendors)', 'VENDORS.EVENT_UNKNOWN');
  await c.var.authorize('vendors.engage', { orgId: event.org_id, clientId: event.client_id, eventId: event.event_id });
  return command(c, async ({ tx, publisher }) => ({
    status: 201 as const,
    body: toEngagement(await engage(tx, publisher, c.var.principal, input)),
  }));
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await listReadable(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toEngagement), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await findEngagement(c.var.sql, c.var.principal.orgId, c.req.valid('param').engagementId);
  if (!row) throw notFound('The engagement', ENGAGEMENT_NOT_FOUND);
  await c.var.authorize('records.read', { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return c.json(toEngagement(row), 200);
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { engagementId } = c.req.valid('param');
  await engageable(c, engagementId);
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: toEngagement(await amend(tx, publisher, c.var.principal, engagementId, c.req.valid('json'))),
  }));
};

export const cancel: AppRouteHandler<CancelRoute> = async (c) => {
  const { engagementId } = c.req.valid('param');
  const reason = optionalBody(c, () => c.req.valid('json')).reason ?? null;
  const found = await engageable(c, engagementId);
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: toEngagement(await cancelEngagement(tx, publisher, found.org_id, engagementId, reason)),
  }));
};

export const complete: AppRouteHandler<CompleteRoute> = async (c) => {
  const { engagementId } = c.req.valid('param');
  const input = optionalBody(c, () => c.req.valid('json'));
  await engageable(c, engagementId);
  const done = { completedOn: input.completedOn ?? today(), notes: input.notes ?? null };
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: toEngagement(await completeEngagement(tx, publisher, c.var.principal, engagementId, done)),
  }));
};

export const rate: AppRouteHandler<RateRoute> = async (c) => {
  const { engagementId } = c.req.valid('param');
  const input = c.req.valid('json');
  await engageable(c, engagementId);
  return command(c, async ({ tx, publisher }) => {
    const rated = { score: input.score, comment: input.comment ?? null };
    const { rating, engagement } = await rateEngagement(tx, publisher, c.var.principal, engagementId, rated);
    return { status: 201 as const, body: toRating(rating, engagement.vendor_id) };
  });
};
