import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { startSyncWorker, type SyncWorker } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { rampSettings } from './env.ts';
import { rampApi } from './ramp-api.ts';
import { rampSync } from './sync.ts';

export interface RampOptions {
  /** The environment read for RAMP_* (default process.env). */
  env?: Record<string, string | undefined>;
  /** Splits a window into parts over this many bytes (tests use a small one). */
  maxPartBytes?: number;
  /** Receives the running sync worker (tests drain it). */
  onWorker?: (worker: SyncWorker) => void;
}

/** The Ramp connector: card transactions in, by window, cursor-paginated, as RampTransactionsFetched batches. */
export function rampDefinition(options: RampOptions = {}): ServiceDefinition {
  const settings = parseEnv(rampSettings, options.env ?? process.env);
  const api = rampApi(settings);
  return {
    name: 'integrations.ramp',
    title: 'The Playbook — Ramp connector',
    description: 'Card transactions from Ramp, fetched by window (cursor-paginated) and published as batches.',
    scope: 'organization',
    aggregates: ['SyncWindow'],
    subscriptions: [queueWindowWhenSyncRequested],
    migrations: async () => [syncRequestsMigration],
    workers: [
      (ctx) => {
        const worker = startSyncWorker(ctx, rampSync(api, options.maxPartBytes), {
          intervalMs: settings.RAMP_SYNC_INTERVAL_MS,
          maxAttempts: settings.RAMP_MAX_ATTEMPTS,
          retryDelayMs: settings.RAMP_RETRY_BASE_MS,
          concurrency: settings.RAMP_SYNC_CONCURRENCY,
        });
        options.onWorker?.(worker);
        return worker;
      },
    ],
  };
}
export const definition = rampDefinition();
