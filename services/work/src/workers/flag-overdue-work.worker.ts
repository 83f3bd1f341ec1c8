import { drain, type PeriodicWorker, periodic } from '@playbook/service-kit/periodic-worker';
import type { Service, WorkerContext } from '@playbook/service-kit/service';
import { flagNextOverdue } from '../work-items/overdue.commands.ts';

/** One pass: one transaction per item, so a failure flags the rest all the same. */
export const flagOverdue = (context: WorkerContext, now: number): Promise<string[]> =>
  drain(context, (tx) => flagNextOverdue(tx, context.uow, now));

/** Looks for overdue items every `intervalMs` (env WORK_OVERDUE_CHECK_MS in the definition). */
export const startOverdueFlagger = (
  target: Service | WorkerContext,
  options: { intervalMs: number; now?: () => number },
): PeriodicWorker => periodic(target, { name: 'flag-overdue-work', pass: flagOverdue, ...options });
