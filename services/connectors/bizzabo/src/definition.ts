import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { bizzaboSettings } from './env.ts';
import { bizzaboApi } from './bizzabo-api.ts';
import { bizzaboSync } from './sync.ts';

export type BizzaboOptions = InboundConnectorOptions;

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
      syncWorkerOf(
        () => bizzaboSync(api, options.maxPartBytes),
        {
          intervalMs: settings.BIZZABO_SYNC_INTERVAL_MS,
          maxAttempts: settings.BIZZABO_MAX_ATTEMPTS,
          retryDelayMs: settings.BIZZABO_RETRY_BASE_MS,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = bizzaboDefinition();
