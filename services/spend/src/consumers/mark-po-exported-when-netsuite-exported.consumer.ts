import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { markExportedToNetSuite } from '../purchase-orders/erp-export.commands.ts';

export const markPoExportedWhenNetSuiteExported = on<Tx, 'integrations.netsuite.NetSuitePurchaseOrderExported'>(
  'mark-po-exported-when-netsuite-exported',
  'integrations.netsuite.NetSuitePurchaseOrderExported',
  (e, { tx, publisher }) => markExportedToNetSuite(tx, publisher, e),
);
