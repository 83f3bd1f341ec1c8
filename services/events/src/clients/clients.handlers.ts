import { randomUUID } from 'node:crypto';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { forbidden, notFound } from '@playbook/service-kit/problem';
import { createClient, renameClient } from './clients.commands.ts';
import type { CreateRoute, GetOneRoute, ListRoute, PatchRoute } from './clients.routes.ts';
import { clientView, findClient, isReadable, listReadable } from './clients.store.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { name } = c.req.valid('json');
  await c.var.authorize('events.write', { orgId });
  return command(c, async ({ tx, publisher }) => ({
    status: 201,
    body: clientView(await createClient(tx, publisher, { orgId, clientId: randomUUID(), name })),
  }));
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { clientId } = c.req.valid('param');
  const { name } = c.req.valid('json');
  if (!(await findClient(c.var.sql, orgId, clientId))) throw notFound(`Client ${clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
  await c.var.authorize('events.write', { orgId, clientId });
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: clientView(await renameClient(tx, publisher, { orgId, clientId, name })),
  }));
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const rows = await listReadable(c.var.sql, c.var.principal, { limit, afterSeq: afterSeq(cursor) });
  return c.json(toPage(rows, limit, clientView), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { clientId } = c.req.valid('param');
  const client = await findClient(c.var.sql, orgId, clientId);
  if (!client) throw notFound(`Client ${clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
  // The same rule as the list: a grant on one of the client's events shows the client too.
  if (!(await isReadable(c.var.sql, c.var.principal, clientId))) {
    throw forbidden(`You hold no role at client ${clientId} or any of its events.`);
  }
  return c.json(clientView(client), 200);
};
