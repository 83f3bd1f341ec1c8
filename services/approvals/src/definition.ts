import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountApprovals } from './approvals/approvals.index.ts';
import { routeApprovalWhenPoRaised } from './consumers/route-approval-when-po-raised.consumer.ts';
import { mountPolicies } from './policies/policies.index.ts';
import { startEscalator } from './escalation/escalator.ts';

export interface ApprovalsOptions {
  /** The clock deadlines are computed from; tests pass their own. */
  now?: () => number;
  /** How often the escalator worker looks for overdue requests (env APPROVALS_ESCALATION_CHECK_MS). */
  escalationCheckMs?: number;
}

/** Approvals (event scope): policies, routing sign-offs for purchase orders, decisions. */
export function approvalsDefinition(options: ApprovalsOptions = {}): ServiceDefinition {
  const now = options.now ?? Date.now;
  return {
    name: 'approvals',
    title: 'The Playbook — approvals',
    description:
      'Approval policies (amount → approver role at a scope, escalation), sign-off requests and decisions, the escalator.',
    scope: 'event',
    aggregates: ['ApprovalRequest', 'Policy'],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    routes: (app) => {
      mountPolicies(app);
      mountApprovals(app);
    },
    subscriptions: [routeApprovalWhenPoRaised(now)],
    workers: [(context) => startEscalator(context, { intervalMs: options.escalationCheckMs ?? 60_000, now })],
  };
}

export const definition: ServiceDefinition = approvalsDefinition();
