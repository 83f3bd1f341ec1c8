import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { replaceOrgPolicy } from './policies.commands.ts';
import type { GetOneRoute, ReplaceRoute } from './policies.routes.ts';
import { loadPolicy, type StoredPolicy } from './policies.store.ts';

const view = (orgId: string, stored: StoredPolicy) => ({
  orgId,
  source: stored.source,
  version: stored.version,
  updatedBy: stored.updatedBy,
  updatedAt: stored.updatedAt,
  ...stored.policy,
});

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const { orgId } = c.var.principal;
  await c.var.authorize('policies.manage', { orgId });
  return c.json(view(orgId, await loadPolicy(c.var.sql, orgId)), 200);
};

export const replace: AppRouteHandler<ReplaceRoute> = async (c) => {
  const input = c.req.valid('json');
  const { orgId, id } = c.var.principal;
  await c.var.authorize('policies.manage', { orgId });
  return command(c, async ({ tx }) => ({
    status: 200 as const,
    body: view(orgId, await replaceOrgPolicy(tx, orgId, input, id)),
  }));
};
