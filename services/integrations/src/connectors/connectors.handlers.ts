import type { AppEnv, AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import type { Context } from 'hono';
import { CONNECTORS } from '../domain/registry.ts';
import { disableConnector, enableConnector, knownConnector } from './connectors.commands.ts';
import type { DisableRoute, EnableRoute, GetOneRoute, ListRoute } from './connectors.routes.ts';
import { connectorRows, findConnector, toConnector } from './connectors.store.ts';

/** An optional JSON body: absent (no content type) reads as empty. */
export const optionalBody = <T>(c: Context<AppEnv>, read: () => T): Partial<T> =>
  (c.req.header('content-type')?.includes('json') ? read() : undefined) ?? {};

/** Connectors are the organization's: read with a grant at the organization (any role). */
export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { limit, cursor } = c.req.valid('query');
  const { orgId } = c.var.principal;
  await c.var.authorize('records.read', { orgId });
  const after = Number(afterSeq(cursor));
  const rows = new Map((await connectorRows(c.var.sql, orgId)).map((r) => [r.system, r]));
  const page = CONNECTORS.map((info, i) => ({ seq: i + 1, info }))
    .filter((x) => x.seq > after)
    .slice(0, limit + 1);
  return c.json(
    toPage(page, limit, (x) => toConnector(x.info, rows.get(x.info.system))),
    200,
  );
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const { orgId } = c.var.principal;
  await c.var.authorize('records.read', { orgId });
  const info = knownConnector(c.req.valid('param').system);
  return c.json(toConnector(info, await findConnector(c.var.sql, orgId, info.system)), 200);
};

export const enable: AppRouteHandler<EnableRoute> = async (c) => {
  const { orgId, id } = c.var.principal;
  await c.var.authorize('connectors.manage', { orgId });
  const { system } = c.req.valid('param');
  const { configuration = {} } = optionalBody(c, () => c.req.valid('json'));
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: await enableConnector(tx, publisher, { orgId, system, configuration, by: id }),
  }));
};

export const disable: AppRouteHandler<DisableRoute> = async (c) => {
  const { orgId, id } = c.var.principal;
  await c.var.authorize('connectors.manage', { orgId });
  const { system } = c.req.valid('param');
  const { reason } = optionalBody(c, () => c.req.valid('json'));
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: await disableConnector(tx, publisher, { orgId, system, by: id, reason: reason ?? null }),
  }));
};
