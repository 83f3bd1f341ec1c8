import { fileURLToPath } from 'node:url';
import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { boxApi } from './box-api.ts';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { uploadDocumentWhenContractDocumentStored } from './consumers/upload-document-when-contract-document-stored.consumer.ts';
import { boxSettings } from './env.ts';
import { boxSync } from './sync.ts';

export type BoxOptions = InboundConnectorOptions;

/**
 * The Box connector: contract documents and assets in (files of the configured folders modified in
 * a window, as BoxFilesFetched batches), and the Playbook's contract documents out (BoxDocumentStored).
 */
export function boxDefinition(options: BoxOptions = {}): ServiceDefinition {
  const settings = parseEnv(boxSettings, options.env ?? process.env);
  const api = boxApi(settings);
  return {
    name: 'integrations.box',
    title: 'The Playbook — Box connector',
    description:
      'Contract documents and assets from Box folders, fetched by window (marker-paginated) and published as batches; the Playbook’s contract documents stored in Box once.',
    scope: 'organization',
    aggregates: ['SyncWindow', 'BoxUpload'],
    subscriptions: [
      queueWindowWhenSyncRequested,
      uploadDocumentWhenContractDocumentStored(api, settings.BOX_UPLOAD_FOLDER_ID),
    ],
    migrations: async () => [
      syncRequestsMigration,
      ...(await loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url)))),
    ],
    workers: [
      syncWorkerOf(
        (ctx) => boxSync(api, ctx.sql, settings, options.maxPartBytes),
        {
          intervalMs: settings.BOX_SYNC_INTERVAL_MS,
          maxAttempts: settings.BOX_MAX_ATTEMPTS,
          retryDelayMs: settings.BOX_RETRY_BASE_MS,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = boxDefinition();
