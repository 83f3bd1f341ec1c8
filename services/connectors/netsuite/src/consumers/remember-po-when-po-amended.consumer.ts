import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { rememberRaised } from '../exports/exports.store.ts';

/** An amended PO's new description (its approval carries the new amount), for its export. */
export const rememberPoWhenPoAmended = on<Tx, 'spend.PurchaseOrderAmended'>(
  'remember-po-when-po-amended',
  'spend.PurchaseOrderAmended',
  async (e, { tx }) => {
    const p = e.payload;
    await rememberRaised(tx, {
      purchaseOrderId: p.purchaseOrderId,
      orgId: e.scope.orgId,
      vendorId: p.vendorId,
      vendorName: p.vendorName,
      description: p.description,
    });
  },
);
