import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { uncommitPurchaseOrder } from '../spend/spend.commands.ts';

export const uncommitBudgetWhenPoCancelled = on<Tx, 'spend.PurchaseOrderCancelled'>(
  'uncommit-budget-when-po-cancelled',
  'spend.PurchaseOrderCancelled',
  (e, { tx, publisher }) => uncommitPurchaseOrder(tx, publisher, e),
);
