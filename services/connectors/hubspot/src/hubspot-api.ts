import { createHttpClient } from '@playbook/connector-kit/http-client';
import type { Meter } from '@playbook/connector-kit/meter';
import type { Window } from '@playbook/connector-kit/window';
import { CodedError } from '@playbook/errors/coded-error';
import type { HubSpotSettings } from './env.ts';

/** A CRM object as HubSpot v3 returns it: every property value is a string (or null). */
export interface HubSpotObject {
  id: string;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

interface SearchPage {
  total: number;
  results: HubSpotObject[];
  paging?: { next?: { after: string; link?: string } };
}
interface AssociationsPage {
  status: string;
  results: {
    from: { id: string };
    to: { toObjectId: number | string; associationTypes: { typeId: number; label?: string | null }[] }[];
  }[];
}
interface BatchPage {
  status: string;
  results: HubSpotObject[];
}

/** The deal properties the Playbook reads; the event_* ones are custom properties of the portal. */
export const DEAL_PROPERTIES = [
  'dealname',
  'dealstage',
  'pipeline',
  'amount',
  'deal_currency_code',
  'closedate',
  'hs_lastmodifieddate',
  'hs_is_closed_won',
  'event_start_date',
  'event_end_date',
  'event_timezone',
  'event_venue',
] as const;

/** The search endpoint stops at 10,000 results for one query: a larger window must be split. */
export const SEARCH_RESULT_LIMIT = 10_000;
/** HUBSPOT_DEFINED deal → company association type "Primary". */
export const PRIMARY_COMPANY_TYPE_ID = 5;
const BATCH_READ_LIMIT = 100;

export interface DealWithCompanies {
  deal: HubSpotObject;
  companies: HubSpotObject[];
}

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/**
 * HubSpot CRM v3 with a private app token: the deals modified in a window through the search
 * endpoint (filter and ascending sort on hs_lastmodifieddate, cursor `paging.next.after`), then their
 * companies through the v4 associations batch read and the v3 companies batch read.
 */
export function hubspotApi(s: HubSpotSettings) {
  const client = createHttpClient({
    baseUrl: s.HUBSPOT_BASE_URL,
    secrets: [s.HUBSPOT_TOKEN],
    auth: async () => ({ authorization: `Bearer ${s.HUBSPOT_TOKEN}` }),
    baseDelayMs: s.HUBSPOT_RETRY_BASE_MS,
  });

  async function dealsModifiedIn(w: Window, meter: Meter): Promise<HubSpotObject[]> {
    const all: HubSpotObject[] = [];
    let after: string | undefined;
    do {
      const res = await client.request<SearchPage>({
        method: 'POST',
        path: '/crm/v3/objects/deals/search',
        json: {
          filterGroups: [
            {
              filters: [
                { propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(w.from) },
                { propertyName: 'hs_lastmodifieddate', operator: 'LT', value: String(w.to) },
              ],
            },
          ],
          sorts: [{ propertyName: 'hs_lastmodifieddate', direction: 'ASCENDING' }],
          properties: DEAL_PROPERTIES,
          limit: s.HUBSPOT_PAGE_SIZE,
          ...(after ? { after } : {}),
        },
        meter,
      });
      meter.pages++;
      if (res.body.total > SEARCH_RESULT_LIMIT)
        throw new CodedError(
          'HUBSPOT.WINDOW_TOO_LARGE',
          `the window holds ${res.body.total} deals, over the search endpoint's ${SEARCH_RESULT_LIMIT}: ask for smaller windows`,
        );
      all.push(...res.body.results);
      after = res.body.paging?.next?.after;
    } while (after);
    return all;
  }

  /** Deal id → its company ids, the primary company first. */
  async function companyIdsOf(dealIds: string[], meter: Meter): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const ids of chunks(dealIds, BATCH_READ_LIMIT)) {
      const res = await client.request<AssociationsPage>({
        method: 'POST',
        path: '/crm/v4/associations/deals/companies/batch/read',
        json: { inputs: ids.map((id) => ({ id })) },
        meter,
      });
      for (const r of res.body.results) {
        const primary = (t: (typeof r.to)[number]) =>
          t.associationTypes.some((a) => a.typeId === PRIMARY_COMPANY_TYPE_ID) ? 0 : 1;
        out.set(
          String(r.from.id),
          [...r.to].sort((a, b) => primary(a) - primary(b)).map((t) => String(t.toObjectId)),
        );
      }
    }
    return out;
  }

  async function companies(ids: string[], meter: Meter): Promise<Map<string, HubSpotObject>> {
    const out = new Map<string, HubSpotObject>();
    for (const batch of chunks(ids, BATCH_READ_LIMIT)) {
      const res = await client.request<BatchPage>({
        method: 'POST',
        path: '/crm/v3/objects/companies/batch/read',
        json: { properties: ['name', 'domain'], propertiesWithHistory: [], inputs: batch.map((id) => ({ id })) },
        meter,
      });
      for (const c of res.body.results) out.set(c.id, c);
    }
    return out;
  }

  /** Every deal modified in the window with its companies. */
  async function dealsOfWindow(w: Window, meter: Meter): Promise<DealWithCompanies[]> {
    const deals = await dealsModifiedIn(w, meter);
    if (deals.length === 0) return [];
    const links = await companyIdsOf(
      deals.map((d) => d.id),
      meter,
    );
    const known = await companies([...new Set([...links.values()].flat())], meter);
    return deals.map((deal) => ({
      deal,
      companies: (links.get(deal.id) ?? []).flatMap((id) => (known.has(id) ? [known.get(id)!] : [])),
    }));
  }

  return { dealsOfWindow };
}
export type HubSpotApi = ReturnType<typeof hubspotApi>;
