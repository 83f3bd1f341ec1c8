import type { Service, Worker, WorkerContext } from '@playbook/service-kit/service';
import { flagNextOverdue } from '../work-items/overdue.commands.ts';

const MAX_PER_PASS = 500;

export interface OverdueFlagger extends Worker {
  /** One pass now (tests, or a manual nudge): resolves with the ids flagged. */
  runOnce(): Promise<string[]>;
}

/** One pass: one transaction per item, so a failure flags the rest all the same. */
export async function flagOverdue(context: WorkerContext, now: number): Promise<string[]> {
  const flagged: string[] = [];
  for (let i = 0; i < MAX_PER_PASS; i++) {
    const id = await context.sql.begin((tx) => flagNextOverdue(tx, context.uow, now));
    if (!id) break;
    flagged.push(id);
  }
  return flagged;
}

/** Looks for overdue items every `intervalMs` (env WORK_OVERDUE_CHECK_MS in the definition). */
export function startOverdueFlagger(
  target: Service | WorkerContext,
  options: { intervalMs: number; now?: () => number },
): OverdueFlagger {
  const now = options.now ?? Date.now;
  const context: WorkerContext =
    'bus' in target ? { sql: target.sql(), uow: target.bus().uow, log: target.log } : target;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    const pass = flagOverdue(context, now());
    running = pass.catch(() => {});
    return pass;
  };
  const tick = async () => {
    try {
      const ids = await runOnce();
      if (ids.length > 0) context.log.info({ overdue: ids.length }, 'work items flagged overdue');
    } catch (error) {
      context.log.error({ err: error }, 'overdue pass failed');
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
