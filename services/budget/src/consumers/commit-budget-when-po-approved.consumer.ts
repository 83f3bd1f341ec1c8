import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { commitPurchaseOrder } from '../spend/spend.commands.ts';

export const commitBudgetWhenPoApproved = on<Tx, 'spend.PurchaseOrderApproved'>(
  'commit-budget-when-po-approved',
  'spend.PurchaseOrderApproved',
  (e, { tx, publisher }) => commitPurchaseOrder(tx, publisher, e),
);
