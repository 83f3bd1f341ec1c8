import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { eventScopeOrNotFound } from '../budgets/budgets.handlers.ts';
import { signOffPolicy } from '../env.ts';
import { addLine, removeLine, reviseLine } from './bom-lines.commands.ts';
import type { CreateRoute, PatchRoute, RemoveRoute } from './bom-lines.routes.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const scope = await eventScopeOrNotFound(c, c.req.valid('param').eventId);
  await c.var.authorize('bom.write', scope);
  const input = c.req.valid('json');
  return command(c, async ({ tx, publisher }) => ({
    status: 201 as const,
    body: await addLine(tx, publisher, scope, input, c.var.principal.id),
  }));
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { eventId, lineId } = c.req.valid('param');
  const scope = await eventScopeOrNotFound(c, eventId);
  await c.var.authorize('bom.write', scope);
  const input = c.req.valid('json');
  const policy = signOffPolicy();
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: await reviseLine(tx, publisher, eventId, lineId, input, c.var.principal.id, policy),
  }));
};

export const remove: AppRouteHandler<RemoveRoute> = async (c) => {
  const { eventId, lineId } = c.req.valid('param');
  const scope = await eventScopeOrNotFound(c, eventId);
  await c.var.authorize('bom.write', scope);
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: await removeLine(tx, publisher, eventId, lineId, c.var.principal.id),
  }));
};
