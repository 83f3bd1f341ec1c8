import { fileURLToPath } from 'node:url';
import { on } from '@playbook/bus/handler';
import { syncRequestsMigration } from '@playbook/connector-kit/sync-requests';
import { type InboundConnectorOptions, syncWorkerOf } from '@playbook/connector-kit/sync-worker';
import type { Tx } from '@playbook/db/client';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { queueWindowWhenSyncRequested } from './consumers/queue-window-when-sync-requested.consumer.ts';
import { rememberPoWhenPoAmended } from './consumers/remember-po-when-po-amended.consumer.ts';
import { rememberPoWhenPoRaised } from './consumers/remember-po-when-po-raised.consumer.ts';
import { rememberVendorLinkWhenVendorLinked } from './consumers/remember-vendor-link-when-vendor-linked.consumer.ts';
import { netsuiteSettings } from './env.ts';
import { exportPurchaseOrder } from './exports/exports.commands.ts';
import { netsuiteApi } from './netsuite-api.ts';
import { netsuiteSync } from './sync/sync.ts';

export type NetSuiteOptions = InboundConnectorOptions;

/**
 * The NetSuite connector: vendors and GL accounts in (SuiteQL, by window of lastModifiedDate) as
 * NetSuiteVendorsFetched / NetSuiteAccountsFetched batches; approved POs out as NetSuite purchase
 * orders, once each (external id = the Playbook PO id), announced by NetSuitePurchaseOrderExported.
 */
export function netsuiteDefinition(options: NetSuiteOptions = {}): ServiceDefinition {
  const settings = parseEnv(netsuiteSettings, options.env ?? process.env);
  const api = netsuiteApi(settings);
  return {
    name: 'integrations.netsuite',
    title: 'The Playbook — NetSuite connector',
    description:
      'Vendors and GL accounts from NetSuite (SuiteQL, by window); approved purchase orders exported to NetSuite once each.',
    scope: 'organization',
    aggregates: ['SyncWindow', 'PurchaseOrderExport'],
    subscriptions: [
      queueWindowWhenSyncRequested,
      rememberVendorLinkWhenVendorLinked,
      rememberPoWhenPoRaised,
      rememberPoWhenPoAmended,
      on<Tx, 'spend.PurchaseOrderApproved'>(
        'export-po-when-po-approved',
        'spend.PurchaseOrderApproved',
        (e, { tx, publisher }) => exportPurchaseOrder(tx, publisher, api, settings, e),
      ),
    ],
    migrations: async () => [
      syncRequestsMigration,
      ...(await loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url)))),
    ],
    workers: [
      syncWorkerOf(
        () => netsuiteSync(api, options.maxPartBytes),
        {
          intervalMs: settings.NETSUITE_SYNC_INTERVAL_MS,
          maxAttempts: settings.NETSUITE_MAX_ATTEMPTS,
          retryDelayMs: settings.NETSUITE_RETRY_BASE_MS,
        },
        options.onWorker,
      ),
    ],
  };
}
export const definition = netsuiteDefinition();
