import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { recordAllocation } from '../spend/spend.commands.ts';

export const recordActualWhenSpendAllocated = on<Tx, 'spend.SpendAllocated'>(
  'record-actual-when-spend-allocated',
  'spend.SpendAllocated',
  (e, { tx, publisher }) => recordAllocation(tx, publisher, e),
);
