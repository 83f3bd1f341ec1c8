import { clientScope } from '@playbook/service-kit/access';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { forbidden, notFound } from '@playbook/service-kit/problem';
import { BRAND_KIT_NOT_FOUND, createBrandKit, republishBrandKit } from './brand-kits.commands.ts';
import type { CreateRoute, GetOneRoute, ListRoute, PublishRoute } from './brand-kits.routes.ts';
import { findBrandKit, isReadable, listReadable, toBrandKit } from './brand-kits.store.ts';

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const rows = await listReadable(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  return c.json(toPage(rows, q.limit, toBrandKit), 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const { brandKitId } = c.req.valid('param');
  const row = await findBrandKit(c.var.sql, brandKitId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The brand kit', BRAND_KIT_NOT_FOUND);
  if (!(await isReadable(c.var.sql, c.var.principal, brandKitId)))
    throw forbidden('You hold no role at this client or its events.');
  return c.json(toBrandKit(row), 200);
};

/** Brand kits are the client's: assets.write granted at the client (or the organization), not at one event. */
export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { clientId, ...content } = c.req.valid('json');
  const { orgId, id } = c.var.principal;
  const client = await clientScope(c.var.sql, clientId);
  if (!client || client.orgId !== orgId)
    throw notFound('The client (not yet known to assets)', 'ASSETS.CLIENT_UNKNOWN');
  await c.var.authorize('assets.write', { orgId, clientId });
  return command(c, async ({ tx, publisher }) => ({
    status: 201 as const,
    body: toBrandKit(await createBrandKit(tx, publisher, { orgId, clientId }, content, id)),
  }));
};

export const publish: AppRouteHandler<PublishRoute> = async (c) => {
  const { brandKitId } = c.req.valid('param');
  const row = await findBrandKit(c.var.sql, brandKitId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The brand kit', BRAND_KIT_NOT_FOUND);
  await c.var.authorize('assets.write', { orgId: row.org_id, clientId: row.client_id });
  return command(c, async ({ tx, publisher }) => ({
    status: 200 as const,
    body: toBrandKit(await republishBrandKit(tx, publisher, brandKitId, c.req.valid('json'), c.var.principal.id)),
  }));
};
