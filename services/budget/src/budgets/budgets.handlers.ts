import type { AppEnv, AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { liveLines } from '../bom-lines/bom-lines.store.ts';
import { type EventScope, findEventScope } from '../events/events.store.ts';
import { toBudget } from './budget.view.ts';
import { BUDGET_NOT_FOUND, createBudget, lockBudget } from './budgets.commands.ts';
import type { CreateRoute, GetOneRoute, LockRoute } from './budgets.routes.ts';
import { findBudget } from './budgets.store.ts';

/** Where the event sits (from budget's own projection), or 404 BUDGET.EVENT_UNKNOWN. */
export async function eventScopeOrNotFound(c: Context<AppEnv>, eventId: string): Promise<EventScope> {
  const scope = await findEventScope(c.var.sql, c.var.principal.orgId, eventId);
  if (!scope) throw notFound('The event (not yet known to budget)', 'BUDGET.EVENT_UNKNOWN');
  return scope;
}

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const scope = await eventScopeOrNotFound(c, c.req.valid('param').eventId);
  await c.var.authorize('bom.write', scope);
  const { currency } = c.req.valid('json');
  return command(c, async ({ tx, publisher }) => ({
    status: 201 as const,
    body: await createBudget(tx, publisher, scope, currency, c.var.principal.id),
  }));
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const scope = await eventScopeOrNotFound(c, c.req.valid('param').eventId);
  await c.var.authorize('records.read', scope);
  const budget = await findBudget(c.var.sql, scope.eventId);
  if (!budget) throw notFound('The budget of this event', BUDGET_NOT_FOUND);
  return c.json(toBudget(budget, await liveLines(c.var.sql, budget.budget_id)), 200);
};

/** Locking is an edit of the plan: bom.write at the event (admins and the event's producers). */
export const lock: AppRouteHandler<LockRoute> = async (c) => {
  const scope = await eventScopeOrNotFound(c, c.req.valid('param').eventId);
  await c.var.authorize('bom.write', scope);
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: await lockBudget(tx, publisher, scope.eventId, c.var.principal.id),
  }));
};
