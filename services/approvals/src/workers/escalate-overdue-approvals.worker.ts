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

export interface Escalator {
  /** One pass now (tests, or a manual nudge). */
  runOnce(): Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * The escalation scheduler: checks every `intervalMs` (env APPROVALS_ESCALATION_CHECK_MS). The
 * approvals definition runs it as a kit worker (started after the bus, stopped before it); tests
 * may also start one on a running service.
 */
export function startEscalator(
  target: Service | WorkerContext,
  options: { intervalMs: number; now?: () => number },
): Escalator {
  const now = options.now ?? Date.now;
  const context: WorkerContext =
    'bus' in target ? { sql: target.sql(), uow: target.bus().uow, log: target.log } : target;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    const run = escalateDue(context, now());
    running = run.catch(() => {});
    return run;
  };
  const tick = async () => {
    try {
      const ids = await runOnce();
      if (ids.length > 0) context.log.info({ escalated: ids.length }, 'approvals escalated');
    } catch (error) {
      context.log.error({ err: error }, 'escalation pass failed');
    }
    if (!stopped) timer = setTimeout(tick, options.intervalMs);
  };
  timer = setTimeout(tick, options.intervalMs);
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
