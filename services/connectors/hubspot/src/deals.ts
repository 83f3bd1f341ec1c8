import type { HubSpotDeal } from '@playbook/contracts/types';
import type { DealWithCompanies } from './hubspot-api.ts';

/** HubSpot gives a timestamp as ISO 8601 or as epoch milliseconds, always as a string. */
export function instantOf(value: string | null | undefined): number | null {
  if (!value) return null;
  const n = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(n) ? n : null;
}

/** A date property (YYYY-MM-DD, or midnight UTC as ISO or epoch ms) as a calendar day. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return iso[1]!;
  const at = instantOf(value);
  return at === null ? null : new Date(at).toISOString().slice(0, 10);
}

/** HubSpot's amount is a decimal string in major units; the Playbook counts minor units. */
export function minorOf(amount: string | null | undefined): number | null {
  if (amount === null || amount === undefined || amount.trim() === '') return null;
  const n = Number(amount);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

const text = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** A deal and its companies in the batch's shape. */
export function normalizeDeal({ deal, companies }: DealWithCompanies, portalCurrency: string): HubSpotDeal {
  const p = deal.properties;
  const amountMinor = minorOf(p.amount);
  return {
    id: deal.id,
    name: text(p.dealname) ?? `Deal ${deal.id}`,
    stage: p.dealstage ?? '',
    pipeline: text(p.pipeline),
    isClosedWon: p.hs_is_closed_won === 'true',
    amountMinor,
    currency: amountMinor === null ? null : (text(p.deal_currency_code) ?? portalCurrency),
    closeDate: instantOf(p.closedate),
    lastModifiedAt: instantOf(p.hs_lastmodifieddate) ?? Date.parse(deal.updatedAt),
    eventStartsOn: dayOf(p.event_start_date),
    eventEndsOn: dayOf(p.event_end_date),
    eventTimezone: text(p.event_timezone),
    eventVenue: text(p.event_venue),
    companies: companies.map((c) => ({
      id: c.id,
      name: text(c.properties.name) ?? `Company ${c.id}`,
      domain: text(c.properties.domain),
    })),
  };
}
