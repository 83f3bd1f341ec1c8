import type { Queryable } from '@playbook/db/client';
import type { RateCard } from '../domain/rate-cards.ts';

export interface VendorRow {
  vendor_id: string;
  seq: string;
  org_id: string;
  name: string;
  category: string;
  email: string | null;
  erp_system: string | null;
  erp_internal_id: string | null;
  erp_entity_id: string | null;
  erp_name: string | null;
}

export interface VendorDetails {
  name: string;
  category: string;
  email: string | null;
}

const isUuid = (id: string) => /^[0-9a-f-]{36}$/i.test(id);

export async function findVendor(
  db: Queryable,
  orgId: string,
  vendorId: string,
  lock = false,
): Promise<VendorRow | undefined> {
  if (!isUuid(vendorId)) return undefined;
  const [row] = lock
    ? await db<VendorRow[]>`select * from vendors where vendor_id = ${vendorId} and org_id = ${orgId} for update`
    : await db<VendorRow[]>`select * from vendors where vendor_id = ${vendorId} and org_id = ${orgId}`;
  return row;
}

/** The organization's vendors (the org-wide catalog: the caller's membership is checked by the handler). */
export function listVendors(
  db: Queryable,
  orgId: string,
  f: { afterSeq: string; limit: number; category?: string | undefined },
) {
  return db<VendorRow[]>`
    select * from vendors where org_id = ${orgId} and seq > ${f.afterSeq}
      ${f.category ? db`and category = ${f.category}` : db``}
    order by seq limit ${f.limit + 1}`;
}

export async function insertVendor(db: Queryable, vendorId: string, orgId: string, v: VendorDetails) {
  const [row] = await db<VendorRow[]>`
    insert into vendors (vendor_id, org_id, name, category, email)
    values (${vendorId}, ${orgId}, ${v.name}, ${v.category}, ${v.email}) returning *`;
  return row!;
}

export async function updateVendor(db: Queryable, vendorId: string, v: VendorDetails) {
  const [row] = await db<VendorRow[]>`
    update vendors set name = ${v.name}, category = ${v.category}, email = ${v.email}, updated_at = now()
    where vendor_id = ${vendorId} returning *`;
  return row!;
}

export interface ErpLink {
  erpSystem: string;
  erpInternalId: string;
  erpEntityId: string | null;
  erpName: string | null;
}

export async function recordErpLink(db: Queryable, vendorId: string, link: ErpLink) {
  const [row] = await db<VendorRow[]>`
    update vendors set erp_system = ${link.erpSystem}, erp_internal_id = ${link.erpInternalId},
      erp_entity_id = ${link.erpEntityId}, erp_name = ${link.erpName}, updated_at = now()
    where vendor_id = ${vendorId} returning *`;
  return row!;
}

export const today = (): string => new Date().toISOString().slice(0, 10);

export const toVendor = (row: VendorRow, rateCards: (RateCard & { current: boolean })[]) => ({
  vendorId: row.vendor_id,
  orgId: row.org_id,
  name: row.name,
  category: row.category,
  email: row.email,
  erp: row.erp_internal_id
    ? { system: row.erp_system!, internalId: row.erp_internal_id, entityId: row.erp_entity_id }
    : null,
  rateCards,
});

/** The organization's vendors as the ERP matcher needs them (ids, names, current ERP links). */
export function vendorsForErpMatching(db: Queryable, orgId: string) {
  return db<Pick<VendorRow, 'vendor_id' | 'name' | 'erp_system' | 'erp_internal_id'>[]>`
    select vendor_id, name, erp_system, erp_internal_id from vendors where org_id = ${orgId} order by seq`;
}
