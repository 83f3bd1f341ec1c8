import { randomUUID } from 'node:crypto';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { grantRole, revokeRole } from './grants.commands.ts';
import type { CreateRoute, ListRoute, RemoveRoute } from './grants.routes.ts';
import { findGrant, grantView, listGrants } from './grants.store.ts';

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const input = c.req.valid('json');
  await c.var.authorize('directory.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const grantId = randomUUID();
    await grantRole(tx, publisher, { grantId, orgId, ...input });
    return { status: 201, body: grantView((await findGrant(tx, orgId, grantId))!) };
  });
};

export const remove: AppRouteHandler<RemoveRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { grantId } = c.req.valid('param');
  await c.var.authorize('directory.manage', { orgId });
  return command(c, async ({ tx, publisher }) => ({
    status: 200,
    body: grantView(await revokeRole(tx, publisher, orgId, grantId)),
  }));
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { orgId } = c.var.principal;
  const { userId, limit, cursor } = c.req.valid('query');
  await c.var.authorize('records.read', { orgId });
  return c.json(toPage(await listGrants(c.var.sql, orgId, userId, limit, afterSeq(cursor)), limit, grantView), 200);
};
