import { randomUUID } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { accessProjection } from '@playbook/service-kit/access-projection';
import { command } from '@playbook/service-kit/command';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { readableScopes } from '../access/readable.ts';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import type { createClientRoute, getClientRoute, listClientsRoute, updateClientRoute } from './clients.routes.ts';
import { clientView, findClient, insertClient, listClients, renameClient } from './clients.store.ts';

const nameTaken = (name: string) =>
  conflict(`A client named ${name} already exists in this organization.`, 'EVENTS.CLIENT_NAME_TAKEN');

export const create: RouteHandler<typeof createClientRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const { name } = c.req.valid('json');
  await c.var.authorize('events.write', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const clientId = randomUUID();
    if (!(await insertClient(tx, { clientId, orgId, name }))) throw nameTaken(name);
    // The owner of the scope tree applies its own fact at once, so the creator can act on it
    // immediately; the copy consumed from Kafka later is an idempotent no-op.
    await accessProjection.recordClient(tx, orgId, clientId);
    await publisher.publish({
      type: 'events.ClientCreated',
      key: clientId,
      scope: { orgId, clientId },
      payload: { clientId, name },
    });
    return { status: 201, body: clientView((await findClient(tx, orgId, clientId))!) };
  });
};

export const update: RouteHandler<typeof updateClientRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const { clientId } = c.req.valid('param');
  const { name } = c.req.valid('json');
  if (!(await findClient(c.var.sql, orgId, clientId))) throw notFound(`Client ${clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
  await c.var.authorize('events.write', { orgId, clientId });
  return command(c, async ({ tx, publisher }) => {
    if (!(await renameClient(tx, clientId, name))) throw nameTaken(name);
    await publisher.publish({
      type: 'events.ClientUpdated',
      key: clientId,
      scope: { orgId, clientId },
      payload: { clientId, name },
    });
    return { status: 200, body: clientView((await findClient(tx, orgId, clientId))!) };
  });
};

export const list: RouteHandler<typeof listClientsRoute, AppEnv> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const readable = await readableScopes(c.var.sql, c.var.principal);
  return c.json(
    toPage(await listClients(c.var.sql, c.var.principal.orgId, readable, limit, afterSeq(cursor)), limit, clientView),
    200,
  );
};

export const get: RouteHandler<typeof getClientRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const { clientId } = c.req.valid('param');
  const client = await findClient(c.var.sql, orgId, clientId);
  if (!client) throw notFound(`Client ${clientId}`, 'EVENTS.CLIENT_NOT_FOUND');
  await c.var.authorize('records.read', { orgId, clientId });
  return c.json(clientView(client), 200);
};
