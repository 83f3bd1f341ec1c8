import { windowSync } from '@playbook/connector-kit/window-sync';
import { normalizeDeal } from './deals.ts';
import type { HubSpotApi } from './hubspot-api.ts';

export const SYSTEM = 'hubspot';

/**
 * What the sync worker does for HubSpot: fetch the deals modified in a window (with their companies)
 * and publish them as HubSpotDealsFetched. Every deal is kept: which of them become events is the
 * events module's rule, not the connector's.
 */
export const hubspotSync = (api: HubSpotApi, portalCurrency: string, maxPartBytes?: number) =>
  windowSync({
    system: SYSTEM,
    displayName: 'HubSpot',
    fetchedType: 'integrations.hubspot.HubSpotDealsFetched',
    failedType: 'integrations.hubspot.HubSpotWindowFailed',
    async fetch(r, meter) {
      const deals = await api.dealsOfWindow({ from: r.from, to: r.to }, meter);
      return { fetched: deals.length, records: deals.map((d) => normalizeDeal(d, portalCurrency)) };
    },
    filters: { modifiedBy: 'hs_lastmodifieddate', objectType: 'deals' },
    payload: (deals) => ({ deals }),
    maxPartBytes,
  });
