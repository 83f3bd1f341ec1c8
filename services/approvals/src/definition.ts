import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountApprovals } from './approvals/approvals.index.ts';
import { routeApprovalWhenPoRaised } from './consumers/route-approval-when-po-raised.consumer.ts';
import { mountPolicies } from './policies/policies.index.ts';

export interface ApprovalsOptions {
  /** The clock deadlines are computed from; tests pass their own. */
  now?: () => number;
}

/** Approvals (event scope): policies, routing sign-offs for purchase orders, decisions. */
export function approvalsDefinition(options: ApprovalsOptions = {}): ServiceDefinition {
  const now = options.now ?? Date.now;
  return {
    name: 'approvals',
    title: 'The Playbook — approvals',
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    routes: (app) => {
      mountPolicies(app);
      mountApprovals(app);
    },
    subscriptions: [routeApprovalWhenPoRaised(now)],
  };
}

export const definition: ServiceDefinition = approvalsDefinition();
