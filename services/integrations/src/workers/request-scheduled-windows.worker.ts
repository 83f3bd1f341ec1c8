import { type PeriodicWorker, periodic } from '@playbook/service-kit/periodic-worker';
import type { Service, WorkerContext } from '@playbook/service-kit/service';
import { requestScheduledWindows } from '../windows/schedule.commands.ts';

/** Asks every enabled inbound connector for its next window every `intervalMs` (INTEGRATIONS_SCHEDULE_MS). */
export const startSyncSchedule = (
  target: Service | WorkerContext,
  options: { intervalMs: number; now?: () => number },
): PeriodicWorker => periodic(target, { name: 'request-scheduled-windows', pass: requestScheduledWindows, ...options });
