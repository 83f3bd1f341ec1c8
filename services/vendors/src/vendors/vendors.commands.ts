import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { notFound } from '@playbook/service-kit/problem';
import {
  type ErpLink,
  findVendor,
  insertVendor,
  recordErpLink,
  updateVendor,
  type VendorDetails,
  type VendorRow,
} from './vendors.store.ts';

export const VENDOR_NOT_FOUND = 'VENDORS.VENDOR_NOT_FOUND';

/** Registers a vendor; `vendorId` is given when it is derived (a vendor brought in from the ERP). */
export async function registerVendor(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  input: VendorDetails,
  vendorId: string = randomUUID(),
) {
  const row = await insertVendor(tx, vendorId, orgId, input);
  await publisher.publish({
    type: 'vendors.VendorRegistered',
    key: vendorId,
    scope: { orgId },
    counts: { affected: 1 },
    payload: { vendorId, ...input },
  });
  return row;
}

/** Applies the fields given; VendorUpdated carries the whole new state. */
export async function changeVendor(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  vendorId: string,
  change: Partial<VendorDetails>,
): Promise<VendorRow> {
  const current = await findVendor(tx, orgId, vendorId, true);
  if (!current) throw notFound('The vendor', VENDOR_NOT_FOUND);
  const next = {
    name: change.name ?? current.name,
    category: change.category ?? current.category,
    email: change.email === undefined ? current.email : change.email,
  };
  const row = await updateVendor(tx, current.vendor_id, next);
  await publisher.publish({
    type: 'vendors.VendorUpdated',
    key: current.vendor_id,
    scope: { orgId },
    counts: { affected: 1 },
    payload: { vendorId: current.vendor_id, ...next },
  });
  return row;
}

/**
 * Records the vendor's ERP record and publishes VendorLinkedToErp. The ERP is the source of truth
 * for vendor records: the NetSuite connector (services/connectors/netsuite, the connectors issue)
 * calls this from its consumer of NetSuiteVendorsFetched once it has matched a NetSuite vendor to
 * ours. The same link again is a no-op (a re-fetched window); a different one re-links and names
 * the previous internal id.
 */
export async function linkVendorToErp(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  vendorId: string,
  link: ErpLink,
): Promise<VendorRow> {
  const current = await findVendor(tx, orgId, vendorId, true);
  if (!current) throw notFound('The vendor', VENDOR_NOT_FOUND);
  const same =
    current.erp_system === link.erpSystem &&
    current.erp_internal_id === link.erpInternalId &&
    current.erp_entity_id === link.erpEntityId &&
    current.erp_name === link.erpName;
  if (same) return current;
  const row = await recordErpLink(tx, current.vendor_id, link);
  await publisher.publish({
    type: 'vendors.VendorLinkedToErp',
    key: current.vendor_id,
    scope: { orgId },
    counts: { affected: 1 },
    payload: { vendorId: current.vendor_id, ...link, previousErpInternalId: current.erp_internal_id },
  });
  return row;
}
