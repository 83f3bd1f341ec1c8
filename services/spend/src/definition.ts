import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { amendPoWhenEngagementAmended } from './consumers/amend-po-when-engagement-amended.consumer.ts';
import { approvePoWhenApprovalGranted } from './consumers/approve-po-when-approval-granted.consumer.ts';
import { importCardTransactionsWhenRampFetched } from './consumers/import-card-transactions-when-ramp-fetched.consumer.ts';
import { importExpenseReportsWhenNexoniaFetched } from './consumers/import-expense-reports-when-nexonia-fetched.consumer.ts';
import { cancelPoWhenEngagementCancelled } from './consumers/cancel-po-when-engagement-cancelled.consumer.ts';
import { markPoExportedWhenNetSuiteExported } from './consumers/mark-po-exported-when-netsuite-exported.consumer.ts';
import { raisePoWhenVendorEngaged } from './consumers/raise-po-when-vendor-engaged.consumer.ts';
import { rejectPoWhenApprovalRejected } from './consumers/reject-po-when-approval-rejected.consumer.ts';
import { mountPurchaseOrders } from './purchase-orders/purchase-orders.index.ts';

/** spend: purchase orders raised from engagements and decided by approvals; card and expense spend imported and allocated. */
export const definition: ServiceDefinition = {
  name: 'spend',
  title: 'The Playbook — spend',
  description:
    'Purchase orders raised from engagements and decided by approvals; card transactions and expense reports imported and allocated to events.',
  scope: 'event',
  aggregates: ['PurchaseOrder', 'CardTransaction', 'ExpenseReport'],
  routes: (app) => mountPurchaseOrders(app),
  subscriptions: [
    raisePoWhenVendorEngaged,
    approvePoWhenApprovalGranted,
    rejectPoWhenApprovalRejected,
    cancelPoWhenEngagementCancelled,
    amendPoWhenEngagementAmended,
    importCardTransactionsWhenRampFetched,
    markPoExportedWhenNetSuiteExported,
    importExpenseReportsWhenNexoniaFetched,
  ],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
};
