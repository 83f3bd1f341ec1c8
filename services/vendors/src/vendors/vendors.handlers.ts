import { randomUUID } from 'node:crypto';
import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { notFound } from '@playbook/service-kit/problem';
import { currentCards, isValidOn } from '../domain/rate-cards.ts';
import { requireMember } from '../http/access.ts';
import { afterSeq, toPage } from '@playbook/service-kit/pagination';
import type { getVendor, listVendors, registerVendor, updateVendor } from './vendors.routes.ts';
import { findVendor, loadRateCards, today, toVendor, type VendorRow } from './vendors.store.ts';

export const VENDOR_NOT_FOUND = 'VENDORS.VENDOR_NOT_FOUND';

export const onRegisterVendor: RouteHandler<typeof registerVendor, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  const { orgId } = c.var.principal;
  await c.var.authorize('vendors.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const vendorId = randomUUID();
    const [row] = await tx<VendorRow[]>`
      insert into vendors (vendor_id, org_id, name, category, email)
      values (${vendorId}, ${orgId}, ${input.name}, ${input.category}, ${input.email ?? null}) returning *`;
    await publisher.publish({
      type: 'vendors.VendorRegistered',
      key: vendorId,
      scope: { orgId },
      payload: { vendorId, name: input.name, category: input.category, email: input.email ?? null },
    });
    return { status: 201 as const, body: toVendor(row!, []) };
  });
};

export const onUpdateVendor: RouteHandler<typeof updateVendor, AppEnv> = async (c) => {
  const input = c.req.valid('json');
  const { orgId } = c.var.principal;
  await c.var.authorize('vendors.manage', { orgId });
  return command(c, async ({ tx, publisher }) => {
    const current = await findVendor(tx, orgId, c.req.valid('param').vendorId, true);
    if (!current) throw notFound('The vendor', VENDOR_NOT_FOUND);
    const next = {
      name: input.name ?? current.name,
      category: input.category ?? current.category,
      email: input.email === undefined ? current.email : input.email,
    };
    const [row] = await tx<VendorRow[]>`
      update vendors set name = ${next.name}, category = ${next.category}, email = ${next.email}, updated_at = now()
      where vendor_id = ${current.vendor_id} returning *`;
    await publisher.publish({
      type: 'vendors.VendorUpdated',
      key: current.vendor_id,
      scope: { orgId },
      payload: { vendorId: current.vendor_id, ...next },
    });
    const cards = (await loadRateCards(tx, [current.vendor_id])).get(current.vendor_id) ?? [];
    const day = today();
    return {
      status: 200 as const,
      body: toVendor(
        row!,
        cards.map((card) => ({ ...card, current: isValidOn(card, day) })),
      ),
    };
  });
};

export const onListVendors: RouteHandler<typeof listVendors, AppEnv> = async (c) => {
  const { limit, cursor, category } = c.req.valid('query');
  const sql = c.var.sql;
  await requireMember(sql, c.var.principal);
  const rows = await sql<VendorRow[]>`
    select * from vendors where org_id = ${c.var.principal.orgId} and seq > ${afterSeq(cursor)}
      ${category ? sql`and category = ${category}` : sql``}
    order by seq limit ${limit + 1}`;
  const { items, nextCursor } = toPage(rows, limit);
  const cards = await loadRateCards(
    sql,
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

export const onGetVendor: RouteHandler<typeof getVendor, AppEnv> = async (c) => {
  const sql = c.var.sql;
  await requireMember(sql, c.var.principal);
  const row = await findVendor(sql, c.var.principal.orgId, c.req.valid('param').vendorId);
  if (!row) throw notFound('The vendor', VENDOR_NOT_FOUND);
  const cards = (await loadRateCards(sql, [row.vendor_id])).get(row.vendor_id) ?? [];
  const day = today();
  return c.json(
    toVendor(
      row,
      cards.map((card) => ({ ...card, current: isValidOn(card, day) })),
    ),
    200,
  );
};
