import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { recordVendor } from '../projections/projections.store.ts';

export const renameVendorWhenVendorUpdated = on<Tx, 'vendors.VendorUpdated'>(
  'rename-vendor-when-vendor-updated',
  'vendors.VendorUpdated',
  (e, { tx }) => recordVendor(tx, { vendorId: e.payload.vendorId, orgId: e.scope.orgId, name: e.payload.name }),
);
