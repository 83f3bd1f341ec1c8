import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { rememberVendorLink } from '../exports/exports.store.ts';
import { SYSTEM } from '../sync/sync.ts';

/** The NetSuite record of a Playbook vendor, as the vendors module linked it: the entity of its exported POs. */
export const rememberVendorLinkWhenVendorLinked = on<Tx, 'vendors.VendorLinkedToErp'>(
  'remember-vendor-link-when-vendor-linked',
  'vendors.VendorLinkedToErp',
  async (e, { tx }) => {
    const p = e.payload;
    if (p.erpSystem !== SYSTEM) return;
    await rememberVendorLink(tx, { vendorId: p.vendorId, orgId: e.scope.orgId, internalId: p.erpInternalId });
  },
);
