import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { raiseForEngagement } from '../purchase-orders/purchase-orders.commands.ts';

export const raisePoWhenVendorEngaged = on<Tx, 'vendors.VendorEngaged'>(
  'raise-po-when-vendor-engaged',
  'vendors.VendorEngaged',
  (e, { tx, publisher }) => raiseForEngagement(tx, publisher, e),
);
