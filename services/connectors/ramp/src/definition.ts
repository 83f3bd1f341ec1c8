import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { rampSettings } from './env.ts';
import { rampApi } from './ramp-api.ts';
import { rampSync } from './sync.ts';

export type RampOptions = InboundConnectorOptions;

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
      syncWorkerOf(
        () => rampSync(api, options.maxPartBytes),
        {
          intervalMs: settings.RAMP_SYNC_INTERVAL_MS,
          maxAttempts: settings.RAMP_MAX_ATTEMPTS,
          retryDelayMs: settings.RAMP_RETRY_BASE_MS,
          concurrency: settings.RAMP_SYNC_CONCURRENCY,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = rampDefinition();
