import { randomUUID } from 'node:crypto';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import { grantView, listGrants } from '../grants/grants.store.ts';
import { deactivateUser, provisionUser } from './users.commands.ts';
import type { CreateRoute, DeactivateRoute, GetOneRoute, ListRoute } from './users.routes.ts';
import { findUser, listUsers, userView } from './users.store.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { email, displayName } = c.req.valid('json');
  await c.var.authorize('directory.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const userId = randomUUID();
    await provisionUser(tx, publisher, { orgId, userId, email, displayName, source: 'invited' });
    return { status: 201, body: userView((await findUser(tx, orgId, userId))!) };
  });
};

export const deactivate: AppRouteHandler<DeactivateRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { userId } = c.req.valid('param');
  const { reason } = c.req.valid('json');
  await c.var.authorize('directory.manage', { orgId });
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: userView(await deactivateUser(tx, publisher, orgId, userId, reason ?? null)),
  }));
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { limit, cursor } = c.req.valid('query');
  await c.var.authorize('records.read', { orgId });
  return c.json(toPage(await listUsers(c.var.sql, orgId, limit, afterSeq(cursor)), limit, userView), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { userId } = c.req.valid('param');
  await c.var.authorize('records.read', { orgId });
  const user = await findUser(c.var.sql, orgId, userId);
  if (!user) throw notFound(`User ${userId}`, 'DIRECTORY.USER_NOT_FOUND');
  const grants = await listGrants(c.var.sql, orgId, userId, 1000, undefined);
  return c.json({ ...userView(user), grants: grants.map(grantView) }, 200);
};
