import { createHash } from 'node:crypto';

/** A vendor record as the ERP gives it (the fields the vendors module reads from a connector batch). */
export interface ErpVendor {
  internalId: string;
  entityId: string | null;
  companyName: string;
  email: string | null;
  category: string | null;
  externalId: string | null;
  isInactive: boolean;
}

/** What becomes of one ERP vendor record: linked to a vendor we have, registered as a new one, or skipped. */
export type ErpVendorPlan =
  | { kind: 'match'; vendorId: string; by: 'erp-id' | 'external-id' | 'name' }
  | { kind: 'create'; vendorId: string }
  | { kind: 'skip'; reason: 'inactive' };

export interface KnownVendor {
  vendorId: string;
  name: string;
  erpSystem: string | null;
  erpInternalId: string | null;
}

const norm = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * A vendor id derived from the ERP record (UUID v5 shape over org, system and internal id), so a
 * record brought in twice (a lost inbox, a replay) is registered under the same id.
 */
export function erpVendorId(orgId: string, system: string, internalId: string): string {
  const h = createHash('sha1').update(`erp-vendor\u001f${orgId}\u001f${system}\u001f${internalId}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

/**
 * Matches an ERP vendor to ours: by the ERP internal id we linked before; else by the ERP's external
 * id when it is one of our vendor ids; else (the first time) by company name among vendors not yet
 * linked to this ERP. Unmatched active records are registered; unmatched inactive ones are skipped.
 */
export function planErpVendor(
  orgId: string,
  system: string,
  v: ErpVendor,
  ours: readonly KnownVendor[],
): ErpVendorPlan {
  const linked = ours.find((o) => o.erpSystem === system && o.erpInternalId === v.internalId);
  if (linked) return { kind: 'match', vendorId: linked.vendorId, by: 'erp-id' };
  const external = v.externalId ? ours.find((o) => o.vendorId === v.externalId) : undefined;
  if (external) return { kind: 'match', vendorId: external.vendorId, by: 'external-id' };
  const named = ours.find((o) => (o.erpSystem !== system || !o.erpInternalId) && norm(o.name) === norm(v.companyName));
  if (named) return { kind: 'match', vendorId: named.vendorId, by: 'name' };
  if (v.isInactive) return { kind: 'skip', reason: 'inactive' };
  return { kind: 'create', vendorId: erpVendorId(orgId, system, v.internalId) };
}

/** The Playbook category of an ERP vendor category ("Staging" → "staging"); none → "uncategorized". */
export const categoryOf = (erpCategory: string | null) =>
  (erpCategory ?? '').trim().toLowerCase().replace(/\s+/g, '-').slice(0, 60) || 'uncategorized';
