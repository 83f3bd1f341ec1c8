import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { nexoniaSettings } from './env.ts';
import { nexoniaApi } from './nexonia-api.ts';
import { nexoniaSync } from './sync.ts';

export type NexoniaOptions = InboundConnectorOptions;

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
      syncWorkerOf(
        () => nexoniaSync(api, options.maxPartBytes),
        {
          intervalMs: settings.NEXONIA_SYNC_INTERVAL_MS,
          maxAttempts: settings.NEXONIA_MAX_ATTEMPTS,
          retryDelayMs: settings.NEXONIA_RETRY_BASE_MS,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = nexoniaDefinition();
