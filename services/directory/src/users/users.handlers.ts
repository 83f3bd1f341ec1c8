import { randomUUID } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { notFound } from '@playbook/service-kit/problem';
import { grantView, listGrants } from '../grants/grants.store.ts';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { deactivateUser, provisionUser } from './users.commands.ts';
import type { deactivateUserRoute, getUserRoute, inviteUser, listUsersRoute } from './users.routes.ts';
import { findUser, listUsers, userView } from './users.store.ts';

export const invite: RouteHandler<typeof inviteUser, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const input = c.req.valid('json');
  await c.var.authorize('directory.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const userId = randomUUID();
    await provisionUser(tx, publisher, {
      orgId,
      userId,
      email: input.email,
      displayName: input.displayName,
      source: 'invited',
    });
    return { status: 201, body: userView((await findUser(tx, orgId, userId))!) };
  });
};

export const deactivate: RouteHandler<typeof deactivateUserRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const { userId } = c.req.valid('param');
  const { reason } = c.req.valid('json');
  await c.var.authorize('directory.manage', { orgId });
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: userView(await deactivateUser(tx, publisher, orgId, userId, reason ?? null)),
  }));
};

export const list: RouteHandler<typeof listUsersRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const { limit, cursor } = c.req.valid('query');
  await c.var.authorize('records.read', { orgId });
  return c.json(toPage(await listUsers(c.var.sql, orgId, limit, afterSeq(cursor)), limit, userView), 200);
};

export const get: RouteHandler<typeof getUserRoute, AppEnv> = async (c) => {
  const { orgId } = c.var.principal;
  const { userId } = c.req.valid('param');
  await c.var.authorize('records.read', { orgId });
  const user = await findUser(c.var.sql, orgId, userId);
  if (!user) throw notFound(`User ${userId}`, 'DIRECTORY.USER_NOT_FOUND');
  const grants = await listGrants(c.var.sql, orgId, userId, 1000, undefined);
  return c.json({ ...userView(user), grants: grants.map(grantView) }, 200);
};
