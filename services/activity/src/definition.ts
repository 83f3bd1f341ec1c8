import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountActivity } from './activity/activity.index.ts';
import { recordEveryEvent } from './consumers/record-every-event.consumer.ts';

/** Activity (organization scope): the append-only audit trail of every envelope on every topic. */
export const definition: ServiceDefinition = {
  name: 'activity',
  title: 'The Playbook — activity (audit trail)',
  description:
    'The append-only audit trail of every envelope on every topic, queryable by correlation id, actor, scope, type and time.',
  scope: 'organization',
  aggregates: ['Entry'],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
  routes: mountActivity,
  subscriptions: [recordEveryEvent()],
};
