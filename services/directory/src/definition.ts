import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountGrants } from './grants/grants.index.ts';
import { mountUsers } from './users/users.index.ts';

/**
 * directory: users of an organization and the roles granted to them at org, client or event
 * scope. Admin-only commands; every other module projects RoleGranted / RoleRevoked /
 * UserDeactivated (createService subscribes them) and authorizes locally.
 */
export const definition: ServiceDefinition = {
  name: 'directory',
  title: 'The Playbook — directory (users and grants)',
  description: 'Users of an organization and the roles granted to them at organization, client or event scope.',
  scope: 'organization',
  aggregates: ['User', 'Grant'],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
  routes: (app) => {
    mountUsers(app);
    mountGrants(app);
  },
};
