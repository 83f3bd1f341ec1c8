import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { draftSowForEngagement } from '../contracts/contracts.commands.ts';

export const draftSowWhenVendorEngaged = on<Tx, 'vendors.VendorEngaged'>(
  'draft-sow-when-vendor-engaged',
  'vendors.VendorEngaged',
  async (e, { tx, publisher }) => void (await draftSowForEngagement(tx, publisher, e)),
);
