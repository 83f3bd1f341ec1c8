import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountAssets } from './assets/assets.index.ts';
import { mountBrandKits } from './brand-kits/brand-kits.index.ts';
import { importAssetsWhenBoxFilesFetched } from './consumers/import-assets-when-box-files-fetched.consumer.ts';

/** assets: event assets with versions (metadata and content hash) and approvals; client brand kits. */
export const definition: ServiceDefinition = {
  name: 'assets',
  description:
    'Event assets in versions (metadata and content hash) approved by producers; client brand kits published in versions.',
  scope: 'client (brand kits), event (assets)',
  aggregates: ['Asset', 'BrandKit'],
  title: 'The Playbook — assets',
  routes: (app) => {
    mountAssets(app);
    mountBrandKits(app);
  },
  subscriptions: [importAssetsWhenBoxFilesFetched],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
};
