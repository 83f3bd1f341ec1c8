import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { applyErpVendors } from '../vendors/erp-vendors.commands.ts';

/** NetSuite's vendor records (one window, or one part of it) become ours: registered, updated, linked. */
export const linkVendorsWhenNetSuiteVendorsFetched = on<Tx, 'integrations.netsuite.NetSuiteVendorsFetched'>(
  'link-vendors-when-netsuite-vendors-fetched',
  'integrations.netsuite.NetSuiteVendorsFetched',
  async (e, { tx, publisher }) => {
    const records = e.payload.vendors.map((v) => ({
      internalId: v.internalId,
      entityId: v.entityId ?? null,
      companyName: v.companyName,
      email: v.email ?? null,
      category: v.category ?? null,
      externalId: v.externalId ?? null,
      isInactive: v.isInactive,
    }));
    await applyErpVendors(tx, publisher, e.scope.orgId, 'netsuite', records);
  },
);
