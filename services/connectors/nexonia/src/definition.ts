import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { startSyncWorker, type SyncWorker } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { nexoniaSettings } from './env.ts';
import { nexoniaApi } from './nexonia-api.ts';
import { nexoniaSync } from './sync.ts';

export interface NexoniaOptions {
  /** The environment read for NEXONIA_* (default process.env). */
  env?: Record<string, string | undefined>;
  /** Splits a window into parts over this many bytes (tests use a small one). */
  maxPartBytes?: number;
  /** Receives the running sync worker (tests drain it). */
  onWorker?: (worker: SyncWorker) => void;
}

/** The Nexonia connector: expense reports (expenses, per diems, mileage) in, by window, paged, as batches. */
export function nexoniaDefinition(options: NexoniaOptions = {}): ServiceDefinition {
  const settings = parseEnv(nexoniaSettings, options.env ?? process.env);
  const api = nexoniaApi(settings);
  return {
    name: 'integrations.nexonia',
    title: 'The Playbook — Nexonia connector',
    description:
      'Expense reports from Nexonia (expenses, per diems, mileage), fetched by window (paged) and published as batches.',
    scope: 'organization',
    aggregates: ['SyncWindow'],
    subscriptions: [queueWindowWhenSyncRequested],
    migrations: async () => [syncRequestsMigration],
    workers: [
      (ctx) => {
        const worker = startSyncWorker(ctx, nexoniaSync(api, options.maxPartBytes), {
          intervalMs: settings.NEXONIA_SYNC_INTERVAL_MS,
          maxAttempts: settings.NEXONIA_MAX_ATTEMPTS,
          retryDelayMs: settings.NEXONIA_RETRY_BASE_MS,
        });
        options.onWorker?.(worker);
        return worker;
      },
    ],
  };
}
export const definition = nexoniaDefinition();
