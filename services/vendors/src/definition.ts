import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { linkVendorsWhenNetSuiteVendorsFetched } from './consumers/link-vendors-when-netsuite-vendors-fetched.consumer.ts';
import { markEventCancelledWhenEventCancelled } from './consumers/mark-event-cancelled-when-event-cancelled.consumer.ts';
import { recordEventWhenEventCreated } from './consumers/record-event-when-event-created.consumer.ts';
import { trackEventStatusWhenEventStatusChanged } from './consumers/track-event-status-when-event-status-changed.consumer.ts';
import { updateEventWhenEventUpdated } from './consumers/update-event-when-event-updated.consumer.ts';
import { mountEngagements } from './engagements/engagements.index.ts';
import { mountRateCards } from './rate-cards/rate-cards.index.ts';
import { mountVendors } from './vendors/vendors.index.ts';

/** vendors: the organization's vendors and rate cards, and engagements of vendors for events. */
export const definition: ServiceDefinition = {
  name: 'vendors',
  title: 'The Playbook — vendors',
  description: "The organization's vendors and rate cards, and engagements of vendors for events.",
  scope: 'organization (engagements at event scope)',
  aggregates: ['Vendor', 'RateCard', 'Engagement'],
  routes: (app) => {
    mountVendors(app);
    mountRateCards(app);
    mountEngagements(app);
  },
  subscriptions: [
    recordEventWhenEventCreated,
    updateEventWhenEventUpdated,
    trackEventStatusWhenEventStatusChanged,
    markEventCancelledWhenEventCancelled,
    linkVendorsWhenNetSuiteVendorsFetched,
  ],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
};
