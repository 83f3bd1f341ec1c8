import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { createEventsFromHubSpotDeals } from '../deal-links/deals-from-crm.commands.ts';

export const createEventWhenHubSpotDealWon = on<Tx, 'integrations.hubspot.HubSpotDealsFetched'>(
  'create-event-when-hubspot-deal-won',
  'integrations.hubspot.HubSpotDealsFetched',
  async (e, { tx, publisher }) => void (await createEventsFromHubSpotDeals(tx, publisher, e)),
);
