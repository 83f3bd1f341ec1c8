import { type PeriodicWorker, periodic } from '@playbook/service-kit/periodic-worker';
import type { Service, WorkerContext } from '@playbook/service-kit/service';
import { sweepReadiness } from '../runs/readiness.commands.ts';

export interface ReadinessSweepOptions {
  /** How often to sweep (env AI_READINESS_SWEEP_MS). */
  intervalMs: number;
  /** How many days before an event an engagement must have a signed contract (env AI_CONTRACT_LEAD_DAYS). */
  leadDays: number;
  now?: () => number;
}

/** The readiness sweep: engagements without a signed contract, and overdue work, close to their event. */
export const startReadinessSweep = (target: Service | WorkerContext, options: ReadinessSweepOptions): PeriodicWorker =>
  periodic(target, {
    name: 'sweep-readiness',
    intervalMs: options.intervalMs,
    ...(options.now ? { now: options.now } : {}),
    pass: (context, now) => sweepReadiness(context, new Date(now).toISOString().slice(0, 10), options.leadDays),
  });
