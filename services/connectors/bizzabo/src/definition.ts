import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { startSyncWorker, type SyncWorker } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { bizzaboSettings } from './env.ts';
import { bizzaboApi } from './bizzabo-api.ts';
import { bizzaboSync } from './sync.ts';

export interface BizzaboOptions {
  /** The environment read for BIZZABO_* (default process.env). */
  env?: Record<string, string | undefined>;
  /** Splits a window into parts over this many bytes (tests use a small one). */
  maxPartBytes?: number;
  /** Receives the running sync worker (tests drain it). */
  onWorker?: (worker: SyncWorker) => void;
}

/** The Bizzabo connector: registrations, attendance and NPS in, counted as of each window's end, as batches. */
export function bizzaboDefinition(options: BizzaboOptions = {}): ServiceDefinition {
  const settings = parseEnv(bizzaboSettings, options.env ?? process.env);
  const api = bizzaboApi(settings);
  return {
    name: 'integrations.bizzabo',
    title: 'The Playbook — Bizzabo connector',
    description:
      'Registration, attendance and NPS figures from Bizzabo, counted as of each window’s end and published as batches.',
    scope: 'organization',
    aggregates: ['SyncWindow'],
    subscriptions: [queueWindowWhenSyncRequested],
    migrations: async () => [syncRequestsMigration],
    workers: [
      (ctx) => {
        const worker = startSyncWorker(ctx, bizzaboSync(api, options.maxPartBytes), {
          intervalMs: settings.BIZZABO_SYNC_INTERVAL_MS,
          maxAttempts: settings.BIZZABO_MAX_ATTEMPTS,
          retryDelayMs: settings.BIZZABO_RETRY_BASE_MS,
        });
        options.onWorker?.(worker);
        return worker;
      },
    ],
  };
}
export const definition = bizzaboDefinition();
