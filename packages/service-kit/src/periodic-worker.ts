import type { Tx } from '@playbook/db/client';
import { metered } from '@playbook/telemetry/cost-meter';
import type { Service, Worker, WorkerContext } from './service.ts';

export interface PeriodicWorker extends Worker {
  /** One pass now (tests, or a manual nudge): resolves with the ids the pass acted on. */
  runOnce(): Promise<string[]>;
}

export interface PeriodicOptions {
  /** Names the worker in logs and in the `rules` of the events it publishes, e.g. `escalate-overdue-approvals`. */
  name: string;
  intervalMs: number;
  now?: () => number;
  /** One pass at `now`: acts on what is due and returns the ids it acted on. */
  pass: (context: WorkerContext, now: number) => Promise<string[]>;
}

/**
 * A kit worker that runs `pass` every `intervalMs` — escalations, overdue flags, expiry notices. A
 * pass is one unit of work for the cost meter (its events report what it cost and that a schedule
 * caused them); a failed pass is logged and the next one comes all the same; stop() waits for a
 * pass in flight. `target` is the worker context the kit gives, or a running service (tests).
 */
export function periodic(target: Service | WorkerContext, options: PeriodicOptions): PeriodicWorker {
  const now = options.now ?? Date.now;
  const context: WorkerContext =
    'bus' in target ? { sql: target.sql(), uow: target.bus().uow, log: target.log } : target;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    const at = now();
    const pass = metered(
      () => options.pass(context, at),
      [{ name: 'schedule', parameters: { worker: options.name, intervalMs: String(options.intervalMs) } }],
    );
    running = pass.catch(() => {});
    return pass;
  };
  const tick = async () => {
    try {
      const ids = await runOnce();
      if (ids.length > 0) context.log.info({ worker: options.name, acted: ids.length }, `${options.name}: pass done`);
    } catch (error) {
      context.log.error({ err: error, worker: options.name }, `${options.name}: pass failed`);
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

/**
 * Runs `next` in its own transaction again and again until it finds nothing (null) or `max` times,
 * so one failing item never holds back the rest. Resolves with what each run returned.
 */
export async function drain(
  context: WorkerContext,
  next: (tx: Tx) => Promise<string | null>,
  max = 500,
): Promise<string[]> {
  const done: string[] = [];
  for (let i = 0; i < max; i++) {
    const id = await context.sql.begin((tx) => next(tx));
    if (id === null) break;
    done.push(id);
  }
  return done;
}
