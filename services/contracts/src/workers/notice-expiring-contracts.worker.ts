import type { Service, Worker, WorkerContext } from '@playbook/service-kit/service';
import { noticeExpiringContracts } from '../contracts/expiry.commands.ts';

export interface ExpiryNotices extends Worker {
  /** One pass now (tests, or a manual nudge). */
  runOnce(): Promise<string[]>;
}

export interface ExpiryNoticeOptions {
  /** How many days before the end date a contract is noticed (env CONTRACTS_EXPIRY_NOTICE_DAYS). */
  noticeDays: number;
  /** How often to look (env CONTRACTS_EXPIRY_CHECK_MS). */
  intervalMs: number;
  now?: () => number;
}

/**
 * The expiry scheduler: every `intervalMs` it asks the expiry command to notice what is due. The
 * contracts definition runs it as a kit worker (started after the bus, stopped before it); tests may
 * start one on a running service.
 */
export function startExpiryNotices(target: Service | WorkerContext, options: ExpiryNoticeOptions): ExpiryNotices {
  const now = options.now ?? Date.now;
  const context: WorkerContext =
    'bus' in target ? { sql: target.sql(), uow: target.bus().uow, log: target.log } : target;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const runOnce = () => {
    const run = noticeExpiringContracts(context.sql, context.uow, { now: now(), noticeDays: options.noticeDays });
    running = run.catch(() => {});
    return run;
  };
  const tick = async () => {
    try {
      const ids = await runOnce();
      if (ids.length > 0) context.log.info({ noticed: ids.length }, 'contracts noticed as expiring');
    } catch (error) {
      context.log.error({ err: error }, 'expiry notice pass failed');
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
