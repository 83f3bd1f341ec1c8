import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { recordVendor } from '../projections/projections.store.ts';

export const recordVendorWhenVendorRegistered = on<Tx, 'vendors.VendorRegistered'>(
  'record-vendor-when-vendor-registered',
  'vendors.VendorRegistered',
  (e, { tx }) => recordVendor(tx, { vendorId: e.payload.vendorId, orgId: e.scope.orgId, name: e.payload.name }),
);
