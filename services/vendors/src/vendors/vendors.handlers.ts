import { isMember } from '@playbook/service-kit/access';
import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import { forbidden, notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { currentCards, isValidOn } from '../domain/rate-cards.ts';
import { loadRateCards } from '../rate-cards/rate-cards.store.ts';
import { changeVendor, registerVendor, VENDOR_NOT_FOUND } from './vendors.commands.ts';
import type { CreateRoute, GetOneRoute, ListRoute, PatchRoute } from './vendors.routes.ts';
import { findVendor, listVendors, today, toVendor, type VendorRow } from './vendors.store.ts';

/**
 * Vendors and rate cards are the organization's shared catalog: anyone holding any grant in the
 * organization may read them (a producer granted on one event must see whom they can engage).
 */
async function requireMember(c: Context<AppEnv>) {
  if (!(await isMember(c.var.sql, c.var.principal))) throw forbidden('You hold no role in this organization.');
}

/** The vendor with all its cards, each marked whether it is in force today. */
async function withCards(db: Parameters<typeof loadRateCards>[0], row: VendorRow) {
  const cards = (await loadRateCards(db, [row.vendor_id])).get(row.vendor_id) ?? [];
  const day = today();
  return toVendor(
    row,
    cards.map((card) => ({ ...card, current: isValidOn(card, day) })),
  );
}

export const create: AppRouteHandler<CreateRoute> = async (c) => {
  const input = c.req.valid('json');
  const { orgId } = c.var.principal;
  await c.var.authorize('vendors.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const row = await registerVendor(tx, publisher, orgId, { ...input, email: input.email ?? null });
    return { status: 201 as const, body: toVendor(row, []) };
  });
};

export const patch: AppRouteHandler<PatchRoute> = async (c) => {
  const { orgId } = c.var.principal;
  await c.var.authorize('vendors.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const row = await changeVendor(tx, publisher, orgId, c.req.valid('param').vendorId, c.req.valid('json'));
    return { status: 200 as const, body: await withCards(tx, row) };
  });
};

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const { limit, cursor, category } = c.req.valid('query');
  await requireMember(c);
  const rows = await listVendors(c.var.sql, c.var.principal.orgId, { afterSeq: afterSeq(cursor), limit, category });
  const { items, nextCursor } = toPage(rows, limit);
  const cards = await loadRateCards(
    c.var.sql,
    items.map((v) => v.vendor_id),
  );
  const day = today();
  const body = items.map((v) =>
    toVendor(
      v,
      currentCards(cards.get(v.vendor_id) ?? [], day).map((card) => ({ ...card, current: true })),
    ),
  );
  return c.json({ items: body, nextCursor }, 200);
};

export const getOne: AppRouteHandler<GetOneRoute> = async (c) => {
  await requireMember(c);
  const row = await findVendor(c.var.sql, c.var.principal.orgId, c.req.valid('param').vendorId);
  if (!row) throw notFound('The vendor', VENDOR_NOT_FOUND);
  return c.json(await withCards(c.var.sql, row), 200);
};
