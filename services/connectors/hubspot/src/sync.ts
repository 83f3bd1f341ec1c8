import type { HubSpotDeal } from '@playbook/contracts/types';
import { publishWindow, publishWindowFailure } from '@playbook/connector-kit/batch';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import type { Tx } from '@playbook/db/client';
import { normalizeDeal } from './deals.ts';
import type { HubSpotApi } from './hubspot-api.ts';

export const SYSTEM = 'hubspot';
const actor = { kind: 'connector' as const, id: SYSTEM, displayName: 'HubSpot' };
type Fetched = { fetched: number; records: HubSpotDeal[] };

/**
 * What the sync worker does for HubSpot: fetch the deals modified in a window (with their companies)
 * and publish them as HubSpotDealsFetched. Every deal is kept: which of them become events is the
 * events module's rule, not the connector's.
 */
export function hubspotSync(api: HubSpotApi, portalCurrency: string, maxPartBytes?: number): SyncHandlers<Fetched> {
  return {
    async fetch(r, meter) {
      const deals = await api.dealsOfWindow({ from: r.from, to: r.to }, meter);
      return { fetched: deals.length, records: deals.map((d) => normalizeDeal(d, portalCurrency)) };
    },
    async publish(uow, tx: Tx, r, f, meter) {
      await publishWindow(uow, tx, {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        type: 'integrations.hubspot.HubSpotDealsFetched',
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        filters: { modifiedBy: 'hs_lastmodifieddate', objectType: 'deals' },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor,
        ...(maxPartBytes ? { maxPartBytes } : {}),
        payload: (deals, part, parts) => ({
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          part,
          parts,
          requestId: r.requestId,
          deals,
        }),
      });
    },
    publishFailure: (uow, tx: Tx, r, reason) =>
      publishWindowFailure(uow, tx, {
        system: SYSTEM,
        displayName: 'HubSpot',
        type: 'integrations.hubspot.HubSpotWindowFailed',
        request: r,
        reason,
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        },
      }),
  };
}
