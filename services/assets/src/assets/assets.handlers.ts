import type { Tx } from '@playbook/db/client';
import { eventScope } from '@playbook/service-kit/access';
import type { AppEnv, AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import type { Permission } from '@playbook/service-kit/permissions';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { ASSET_NOT_FOUND, addVersion as addingVersion, approveVersion, uploadAsset } from './assets.commands.ts';
import type { AddVersionRoute, ApproveRoute, CreateRoute, GetOneRoute, ListRoute } from './assets.routes.ts';
import { findAsset, listReadable, withVersions } from './assets.store.ts';

async function authorizedAsset(c: Context<AppEnv>, assetId: string, permission: Permission) {
  const row = await findAsset(c.var.sql, assetId);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The asset', ASSET_NOT_FOUND);
  await c.var.authorize(permission, { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id });
  return row;
}

const view = async (db: Tx | AppEnv['Variables']['sql'], assetId: string) =>
  (await withVersions(db, [(await findAsset(db, assetId))!]))[0]!;

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  if (q.eventId) await c.var.authorize('records.read', { orgId: c.var.principal.orgId, eventId: q.eventId });
  const rows = await listReadable(c.var.sql, c.var.principal, { ...q, afterSeq: afterSeq(q.cursor) });
  const page = toPage(rows, q.limit);
  return c.json({ items: await withVersions(c.var.sql, page.items), nextCursor: page.nextCursor }, 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  const row = await authorizedAsset(c, c.req.valid('param').assetId, 'records.read');
  return c.json((await withVersions(c.var.sql, [row]))[0]!, 200);
};

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const { eventId, ...input } = c.req.valid('json');
  const principal = c.var.principal;
  const event = await eventScope(c.var.sql, eventId);
  if (!event || event.orgId !== principal.orgId)
    throw notFound('The event (not yet known to assets)', 'ASSETS.EVENT_UNKNOWN');
  const scope = { ...event, eventId };
  await c.var.authorize('assets.write', scope);
  return command(c, async ({ tx, publisher }) => {
    const assetId = await uploadAsset(tx, publisher, scope, input, principal.id);
    return { status: 201 as const, body: await view(tx, assetId) };
  });
};

export const addVersion: AppRouteHandler<AddVersionRoute> = async (c) => {
  const { assetId } = c.req.valid('param');
  await authorizedAsset(c, assetId, 'assets.write');
  return command(c, async ({ tx, publisher }) => {
    await addingVersion(tx, publisher, assetId, c.req.valid('json'), c.var.principal.id);
    return { status: 201 as const, body: await view(tx, assetId) };
  });
};

/** Approving is a producer's call, not a contributor's: events.write (admin, producer) at the asset's event. */
export const approve: AppRouteHandler<ApproveRoute> = async (c) => {
  const { assetId } = c.req.valid('param');
  await authorizedAsset(c, assetId, 'events.write');
  return command(c, async ({ tx, publisher }) => {
    await approveVersion(tx, publisher, assetId, c.req.valid('json').version, c.var.principal.id);
    return { status: 200 as const, body: await view(tx, assetId) };
  });
};
