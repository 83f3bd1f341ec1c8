import type { Service, Worker, WorkerContext } from '@playbook/service-kit/service';
import { sweepReadiness } from '../runs/readiness.commands.ts';

export interface ReadinessSweep extends Worker {
  /** One pass now (tests, or a manual nudge); resolves with the run ids of that pass. */
  runOnce(): Promise<string[]>;
}

export interface ReadinessSweepOptions {
  /** How often to sweep (env AI_READINESS_SWEEP_MS). */
  intervalMs: number;
  /** How many days before an event an engagement must have a signed contract (env AI_CONTRACT_LEAD_DAYS). */
  leadDays: number;
  now?: () => number;
}

/** The readiness sweep as a kit worker: engagements without a signed contract close to their event. */
export function startReadinessSweep(target: Service | WorkerContext, options: ReadinessSweepOptions): ReadinessSweep {
  const now = options.now ?? Date.now;
  const context: WorkerContext =
    'bus' in target ? { sql: target.sql(), uow: target.bus().uow, log: target.log } : target;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    const run = sweepReadiness(context, new Date(now()).toISOString().slice(0, 10), options.leadDays);
    running = run.catch(() => {});
    return run;
  };
  const tick = async () => {
    try {
      const runs = await runOnce();
      if (runs.length > 0) context.log.info({ runs: runs.length }, 'readiness swept');
    } catch (error) {
      context.log.error({ err: error }, 'readiness sweep failed');
    }
    if (!stopped) timer = setTimeout(tick, options.intervalMs);
  };
  timer = setTimeout(tick, Math.min(options.intervalMs, 5_000));
  return {
    runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
