import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountBomLines } from './bom-lines/bom-lines.index.ts';
import { mountBudgets } from './budgets/budgets.index.ts';
import { commitBudgetWhenPoApproved } from './consumers/commit-budget-when-po-approved.consumer.ts';
import { recordActualWhenSpendAllocated } from './consumers/record-actual-when-spend-allocated.consumer.ts';
import { recordEventWhenEventCreated } from './consumers/record-event-when-event-created.consumer.ts';
import { uncommitBudgetWhenPoCancelled } from './consumers/uncommit-budget-when-po-cancelled.consumer.ts';

/** budget: one budget per event, its BOM lines, and what approved POs commit and allocated spend uses. */
export const definition: ServiceDefinition = {
  name: 'budget',
  description:
    'One budget per event: BOM lines with planned, committed (approved POs) and actual (allocated spend) amounts, threshold crossings and sign-offs on large revisions.',
  scope: 'event',
  aggregates: ['Budget', 'BomLine'],
  title: 'The Playbook — budget',
  routes: (app) => {
    mountBudgets(app);
    mountBomLines(app);
  },
  subscriptions: [
    recordEventWhenEventCreated,
    commitBudgetWhenPoApproved,
    uncommitBudgetWhenPoCancelled,
    recordActualWhenSpendAllocated,
  ],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
};
