import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { PeriodicWorker } from '@playbook/service-kit/periodic-worker';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { projectBudgetWhenBudgetChanged } from './consumers/project-budget-when-budget-changed.consumer.ts';
import { domoApi } from './domo-api.ts';
import { domoSettings } from './env.ts';
import { startBudgetPushes } from './workers/push-budget-datasets.worker.ts';

export interface DomoOptions {
  /** The environment read for DOMO_* (default process.env). */
  env?: Record<string, string | undefined>;
  /** Receives the running push worker (tests run it once). */
  onWorker?: (worker: PeriodicWorker) => void;
}

/** The Domo connector: budget vs actual per event and BOM line, pushed as one DataSet per organization. */
export function domoDefinition(options: DomoOptions = {}): ServiceDefinition {
  const settings = parseEnv(domoSettings, options.env ?? process.env);
  const api = domoApi(settings);
  return {
    name: 'integrations.domo',
    title: 'The Playbook — Domo connector',
    description:
      'Budget vs actual (budgeted, committed, actual per event and BOM line) projected from budget’s events and pushed to a Domo DataSet, replaced on every push.',
    scope: 'organization',
    aggregates: ['DomoDataset'],
    subscriptions: [projectBudgetWhenBudgetChanged],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    workers: [
      (ctx) => {
        const worker = startBudgetPushes(ctx, api, settings);
        options.onWorker?.(worker);
        return worker;
      },
    ],
  };
}
export const definition = domoDefinition();
