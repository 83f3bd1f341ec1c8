import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { applyTemplatesWhenEventCreated } from './consumers/apply-templates-when-event-created.consumer.ts';
import {
  closeApproverTaskWhenApprovalGranted,
  closeApproverTaskWhenApprovalRejected,
  closeApproverTaskWhenApprovalWithdrawn,
} from './consumers/close-approver-task-when-approval-settled.consumer.ts';
import { followEscalationWhenApprovalEscalated } from './consumers/follow-escalation-when-approval-escalated.consumer.ts';
import { openApproverTaskWhenApprovalRequested } from './consumers/open-approver-task-when-approval-requested.consumer.ts';
import { mountTemplates } from './templates/templates.index.ts';
import { mountWorkItems } from './work-items/work-items.index.ts';
import { startOverdueFlagger } from './workers/flag-overdue-work.worker.ts';

export interface WorkOptions {
  /** The clock overdue is judged by; tests pass their own. */
  now?: () => number;
  /** How often the overdue worker looks (env WORK_OVERDUE_CHECK_MS, default a minute). */
  overdueCheckMs?: number;
  /** The environment read for what is not given (default process.env): WORK_OVERDUE_CHECK_MS. */
  env?: Record<string, string | undefined>;
}

/** work (event scope): work items, organization templates applied to new events, approver tasks, overdue flags. */
export function workDefinition(options: WorkOptions = {}): ServiceDefinition {
  const intervalMs = options.overdueCheckMs ?? Number((options.env ?? process.env).WORK_OVERDUE_CHECK_MS ?? 60_000);
  return {
    name: 'work',
    description:
      'Work items of an event, organization templates applied to new events, approver tasks and overdue flags.',
    scope: 'event',
    aggregates: ['WorkItem', 'WorkTemplate'],
    title: 'The Playbook — work',
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    routes: (app) => {
      mountWorkItems(app);
      mountTemplates(app);
    },
    subscriptions: [
      applyTemplatesWhenEventCreated,
      openApproverTaskWhenApprovalRequested,
      followEscalationWhenApprovalEscalated,
      closeApproverTaskWhenApprovalGranted,
      closeApproverTaskWhenApprovalRejected,
      closeApproverTaskWhenApprovalWithdrawn,
    ],
    workers: [(context) => startOverdueFlagger(context, { intervalMs, ...(options.now ? { now: options.now } : {}) })],
  };
}

export const definition: ServiceDefinition = workDefinition();
