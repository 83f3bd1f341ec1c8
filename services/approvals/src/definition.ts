import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountApprovals } from './approvals/approvals.index.ts';
import { routeApprovalWhenPoRaised } from './consumers/route-approval-when-po-raised.consumer.ts';
import { routeSignOffWhenBomLineRevised } from './consumers/route-sign-off-when-bom-line-revised.consumer.ts';
import { rerouteApprovalWhenPoAmended } from './consumers/reroute-approval-when-po-amended.consumer.ts';
import { routeSignOffWhenContractSent } from './consumers/route-sign-off-when-contract-sent.consumer.ts';
import { withdrawApprovalWhenPoCancelled } from './consumers/withdraw-approval-when-po-cancelled.consumer.ts';
import { approvalsOwnEnv } from './env.ts';
import { mountPolicies } from './policies/policies.index.ts';
import { startEscalator } from './workers/escalate-overdue-approvals.worker.ts';

export interface ApprovalsOptions {
  /** The clock deadlines are computed from; tests pass their own. */
  now?: () => number;
  /** How often the escalator worker looks for overdue requests; default: the environment's. */
  escalationCheckMs?: number;
  /** The environment read for what is not given (default process.env): APPROVALS_ESCALATION_CHECK_MS. */
  env?: Record<string, string | undefined>;
}

/**
 * Approvals (event scope): policies, routing sign-offs for purchase orders, BOM line revisions and
 * contracts, decisions, withdrawals and escalations. The definition reads its own environment when
 * it is built, so the service's index and the launcher's modulith run it with the same settings.
 */
export function approvalsDefinition(options: ApprovalsOptions = {}): ServiceDefinition {
  const now = options.now ?? Date.now;
  const intervalMs =
    options.escalationCheckMs ?? parseEnv(approvalsOwnEnv, options.env ?? process.env).APPROVALS_ESCALATION_CHECK_MS;
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
    subscriptions: [
      routeApprovalWhenPoRaised(now),
      routeSignOffWhenBomLineRevised(now),
      routeSignOffWhenContractSent(now),
      withdrawApprovalWhenPoCancelled,
      rerouteApprovalWhenPoAmended(now),
    ],
    workers: [(context) => startEscalator(context, { intervalMs, now })],
  };
}

export const definition: ServiceDefinition = approvalsDefinition();
