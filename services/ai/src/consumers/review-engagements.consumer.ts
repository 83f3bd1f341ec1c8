import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as vendors from '../projections/vendors.commands.ts';

export const reviewEngagementWhenVendorEngaged = on<Tx, 'vendors.VendorEngaged'>(
  vendors.REVIEW_ENGAGEMENT,
  'vendors.VendorEngaged',
  (e, { tx, publisher }) => vendors.engaged(tx, publisher, e),
);

export const reviewEngagementWhenEngagementAmended = on<Tx, 'vendors.EngagementAmended'>(
  vendors.REVIEW_AMENDMENT,
  'vendors.EngagementAmended',
  (e, { tx, publisher }) => vendors.amended(tx, publisher, e),
);
