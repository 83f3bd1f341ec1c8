import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountConnectors } from './connectors/connectors.index.ts';
import { recordSyncWhenConnectorReports } from './consumers/record-sync-when-connector-reports.consumer.ts';
import { integrationsSettings } from './env.ts';
import { mountWindows } from './windows/windows.index.ts';
import { startSyncSchedule } from './workers/request-scheduled-windows.worker.ts';

export interface IntegrationsOptions {
  /** The environment read for INTEGRATIONS_SCHEDULE_MS (default process.env). */
  env?: Record<string, string | undefined>;
  /** The clock the schedule runs by; tests pass their own. */
  now?: () => number;
}

/** integrations (organization scope): the registry of connectors, their windows, their health, the sync schedule. */
export function integrationsDefinition(options: IntegrationsOptions = {}): ServiceDefinition {
  const settings = parseEnv(integrationsSettings, options.env ?? process.env);
  return {
    name: 'integrations',
    title: 'The Playbook — integrations',
    description:
      'The registry of connectors: enablement and configuration, windows asked of them, last sync, counts, errors and health — built from their own batch envelopes.',
    scope: 'organization',
    aggregates: ['Connector', 'SyncWindow'],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    routes: (app) => {
      mountConnectors(app);
      mountWindows(app);
    },
    subscriptions: [recordSyncWhenConnectorReports()],
    workers: [
      (context) =>
        startSyncSchedule(context, {
          intervalMs: settings.INTEGRATIONS_SCHEDULE_MS,
          ...(options.now ? { now: options.now } : {}),
        }),
    ],
  };
}

export const definition: ServiceDefinition = integrationsDefinition();
