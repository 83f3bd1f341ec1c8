import { type PeriodicWorker, periodic } from '@playbook/service-kit/periodic-worker';
import type { Service, WorkerContext } from '@playbook/service-kit/service';
import { escalateNextOverdue } from '../approvals/escalation.commands.ts';

const MAX_PER_RUN = 500;

/**
 * Escalates every pending request whose deadline passed at `now`, one transaction per request.
 * Resolves with the ids it escalated.
 */
export async function escalateDue(context: WorkerContext, now: number): Promise<string[]> {
  const escalated: string[] = [];
  for (let i = 0; i < MAX_PER_RUN; i++) {
    const outcome = await context.sql.begin((tx) => escalateNextOverdue(tx, context.uow, now, context.log));
    if (outcome === 'none') break;
    if (outcome !== 'top') escalated.push(outcome);
  }
  return escalated;
}

/**
 * The escalation scheduler: checks every `intervalMs` (env APPROVALS_ESCALATION_CHECK_MS). The
 * approvals definition runs it as a kit worker (started after the bus, stopped before it); tests
 * may also start one on a running service.
 */
export const startEscalator = (
  target: Service | WorkerContext,
  options: { intervalMs: number; now?: () => number },
): PeriodicWorker => periodic(target, { name: 'escalate-overdue-approvals', pass: escalateDue, ...options });
