import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { hubspotSettings } from './env.ts';
import { hubspotApi } from './hubspot-api.ts';
import { hubspotSync } from './sync.ts';

export type HubSpotOptions = InboundConnectorOptions;

/** The HubSpot connector: CRM deals in, by window of last modification, as HubSpotDealsFetched batches. */
export function hubspotDefinition(options: HubSpotOptions = {}): ServiceDefinition {
  const settings = parseEnv(hubspotSettings, options.env ?? process.env);
  const api = hubspotApi(settings);
  return {
    name: 'integrations.hubspot',
    title: 'The Playbook — HubSpot connector',
    description:
      'CRM deals from HubSpot (with their companies), fetched by window of last modification and published as batches.',
    scope: 'organization',
    aggregates: ['SyncWindow'],
    subscriptions: [queueWindowWhenSyncRequested],
    migrations: async () => [syncRequestsMigration],
    workers: [
      syncWorkerOf(
        () => hubspotSync(api, settings.HUBSPOT_CURRENCY, options.maxPartBytes),
        {
          intervalMs: settings.HUBSPOT_SYNC_INTERVAL_MS,
          maxAttempts: settings.HUBSPOT_MAX_ATTEMPTS,
          retryDelayMs: settings.HUBSPOT_RETRY_BASE_MS,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = hubspotDefinition();
