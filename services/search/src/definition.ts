import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { indexEveryRecord } from './consumers/index-every-record.consumer.ts';
import { mountSearch } from './search/search.index.ts';

/** search: one read model of every module's records, queried within the caller's scopes. */
export const definition: ServiceDefinition = {
  name: 'search',
  title: 'The Playbook — search',
  description:
    'Free-text search across every module’s records (PostgreSQL full text + pg_trgm), within the caller’s scopes; a read model rebuilt from the topics.',
  scope: 'organization (each record at its own scope)',
  aggregates: ['SearchDocument'],
  extensions: ['pg_trgm'],
  routes: mountSearch,
  subscriptions: [indexEveryRecord()],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
};
