import { type PeriodicWorker, periodic } from '@playbook/service-kit/periodic-worker';
import type { Service, WorkerContext } from '@playbook/service-kit/service';
import { noticeExpiringContracts } from '../contracts/expiry.commands.ts';

export interface ExpiryNoticeOptions {
  /** How many days before the end date a contract is noticed (env CONTRACTS_EXPIRY_NOTICE_DAYS). */
  noticeDays: number;
  /** How often to look (env CONTRACTS_EXPIRY_CHECK_MS). */
  intervalMs: number;
  now?: () => number;
}

/** The expiry scheduler: every `intervalMs` it asks the expiry command to notice what is due. */
export const startExpiryNotices = (target: Service | WorkerContext, options: ExpiryNoticeOptions): PeriodicWorker =>
  periodic(target, {
    name: 'notice-expiring-contracts',
    intervalMs: options.intervalMs,
    ...(options.now ? { now: options.now } : {}),
    pass: (context, now) => noticeExpiringContracts(context.sql, context.uow, { now, noticeDays: options.noticeDays }),
  });
