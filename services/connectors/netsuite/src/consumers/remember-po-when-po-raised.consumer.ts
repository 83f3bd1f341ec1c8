import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { rememberRaised } from '../exports/exports.store.ts';

/** A raised PO's vendor name and description (PurchaseOrderApproved carries neither), for its export. */
export const rememberPoWhenPoRaised = on<Tx, 'spend.PurchaseOrderRaised'>(
  'remember-po-when-po-raised',
  'spend.PurchaseOrderRaised',
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
