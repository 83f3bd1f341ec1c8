import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { mountClients } from './clients/clients.index.ts';
import { createEventWhenHubSpotDealWon } from './consumers/create-event-when-hubspot-deal-won.consumer.ts';
import { recordFiguresWhenBizzaboSynced } from './consumers/record-figures-when-bizzabo-synced.consumer.ts';
import { mountDealLinks } from './deal-links/deal-links.index.ts';
import { mountEvents } from './events/events.index.ts';

/**
 * events: clients and their live events, the scope tree every other module projects
 * (ClientCreated / EventCreated, subscribed by createService), the event lifecycle, and what the
 * CRM and the registration system say about an event (its deal, registration and NPS figures); a won
 * HubSpot deal becomes an event under its company's client.
 */
export const definition: ServiceDefinition = {
  name: 'events',
  title: 'The Playbook — events (clients, events and their lifecycle)',
  description:
    'Clients and their live events: the scope tree every module projects, the event lifecycle, and what the CRM and the registration system say about an event.',
  scope: 'client and event',
  aggregates: ['Client', 'Event'],
  subscriptions: [createEventWhenHubSpotDealWon, recordFiguresWhenBizzaboSynced],
  migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
  routes: (app) => {
    mountClients(app);
    mountEvents(app);
    mountDealLinks(app);
  },
};
