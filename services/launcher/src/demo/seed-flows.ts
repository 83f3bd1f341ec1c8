import { call } from './client.ts';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** The correlation ids the demo asks its HubSpot and Ramp windows under: each flow's story in the audit trail. */
export const FLOW_3_CORRELATION = 'demo-flow-3';
export const FLOW_2_CORRELATION = 'demo-flow-2';

/**
 * Flow 3's deal: Northwind Traders (company 9001 of the HubSpot sandbox, the demo's client of that
 * name) signed a product launch. The HubSpot window turns it into an event under that client.
 */
export const LAUNCH_DEAL = {
  dealId: '8100001',
  name: 'Northwind Product Launch 2027',
  companyId: '9001',
  amount: 64_000,
  startsOn: '2027-05-18',
  endsOn: '2027-05-19',
  timezone: 'America/New_York',
  venue: 'Javits Center, New York',
} as const;

/** Flow 2's plan: the launch's budget so far holds the site visit, crew travel and lodging. */
export const SITE_VISIT_LINE = {
  category: 'travel',
  description: 'Site visit: crew travel and lodging',
  quantity: 1,
  unitCostMinor: 250_000,
  currency: 'USD',
} as const;

/** The crew's card charges of the site visit (Ramp transactions), tagged to the launch and its travel line. */
const SITE_VISIT_CHARGES = [
  { id: 'txn-site-visit-1', amount: 612.4, merchant: 'Delta Air Lines', category: 'Airlines', holder: 0, hours: 0 },
  { id: 'txn-site-visit-2', amount: 588.9, merchant: 'Delta Air Lines', category: 'Airlines', holder: 1, hours: 1 },
  { id: 'txn-site-visit-3', amount: 86.35, merchant: 'Uber', category: 'Taxi and rideshare', holder: 1, hours: 5 },
  { id: 'txn-site-visit-4', amount: 64.2, merchant: 'Sweetgreen', category: 'Restaurants', holder: 0, hours: 8 },
  { id: 'txn-site-visit-5', amount: 212.75, merchant: 'FedEx Office', category: 'Shipping', holder: 0, hours: 26 },
  { id: 'txn-site-visit-6', amount: 1_104.18, merchant: 'Marriott', category: 'Lodging', holder: 1, hours: 48 },
] as const;
/** Card holders of the Ramp sandbox. */
const HOLDERS = [
  { user_id: 'u-ramp-1', first_name: 'Avery', last_name: 'Stone' },
  { user_id: 'u-ramp-2', first_name: 'Jordan', last_name: 'Lee' },
] as const;

export interface PipelineDemo {
  dealId: string;
  dealName: string;
  eventId: string;
  clientId: string;
  startsOn: string;
  endsOn: string;
}

export interface CardSpendDemo {
  eventId: string;
  lineId: string;
  plannedMinor: number;
  /** The Ramp transaction ids of the site visit's charges, and what they add up to. */
  charges: { id: string; amountMinor: number }[];
  totalMinor: number;
}

/** Puts the won deal in the HubSpot sandbox, last modified ten days ago (inside the demo's window). */
export async function addWonDeal(hubspotSandbox: string, now: number): Promise<void> {
  const d = LAUNCH_DEAL;
  const wonAt = new Date(now - 10 * DAY).toISOString();
  const deal = {
    id: d.dealId,
    createdAt: new Date(now - 40 * DAY).toISOString(),
    companyIds: [d.companyId],
    properties: {
      dealname: d.name,
      dealstage: 'closedwon',
      pipeline: 'default',
      amount: d.amount.toFixed(2),
      deal_currency_code: 'USD',
      closedate: wonAt,
      hs_lastmodifieddate: wonAt,
      hs_is_closed_won: 'true',
      event_start_date: d.startsOn,
      event_end_date: d.endsOn,
      event_timezone: d.timezone,
      event_venue: d.venue,
    },
  };
  await sandboxPost(`${hubspotSandbox}/sandbox/deals`, [deal]);
}

/**
 * The event the won deal became, as the audit trail tells it (events.DealLinkedToEvent), once
 * activity has recorded it; undefined when it did not within the time given.
 */
export async function eventOfDeal(
  activityUrl: string,
  token: string,
  timeoutMs = 60_000,
): Promise<PipelineDemo | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await call<{
      items: { scope: { clientId: string | null }; payload: { dealId: string; eventId: string } }[];
    }>(`${activityUrl}/activity?type=events.DealLinkedToEvent&limit=500`, { token });
    const linked = page.items.find((e) => e.payload.dealId === LAUNCH_DEAL.dealId);
    if (linked?.scope.clientId)
      return {
        dealId: LAUNCH_DEAL.dealId,
        dealName: LAUNCH_DEAL.name,
        eventId: linked.payload.eventId,
        clientId: linked.scope.clientId,
        startsOn: LAUNCH_DEAL.startsOn,
        endsOn: LAUNCH_DEAL.endsOn,
      };
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Alex opens the launch's budget with its site-visit line (the only thing planned so far). */
export async function planSiteVisit(
  budgetUrl: string,
  eventId: string,
  as: (key: string) => { token: string; idempotencyKey: string },
): Promise<string> {
  await call(`${budgetUrl}/events/${eventId}/budget`, { ...as('launch-budget'), body: { currency: 'USD' } });
  const line = await call<{ lineId: string }>(`${budgetUrl}/events/${eventId}/budget/lines`, {
    ...as('launch-bom:site-visit'),
    body: SITE_VISIT_LINE,
  });
  return line.lineId;
}

/**
 * The crew's site-visit charges, in the Ramp sandbox six days ago, tagged (Ramp accounting fields
 * "Event" and "BOM line", which spend's tag rules read) to the launch and its travel line: together
 * they overrun the line, and with it the launch's budget.
 */
export async function chargeSiteVisit(
  rampSandbox: string,
  tag: { eventId: string; lineId: string },
  now: number,
): Promise<CardSpendDemo> {
  const visit = now - 6 * DAY;
  const transactions = SITE_VISIT_CHARGES.map((c) => ({
    id: c.id,
    amount: c.amount,
    currency_code: 'USD',
    user_transaction_time: new Date(visit + c.hours * HOUR).toISOString(),
    merchant_name: c.merchant,
    sk_category_name: c.category,
    state: 'CLEARED',
    memo: `Site visit, ${LAUNCH_DEAL.name}`,
    card_holder: HOLDERS[c.holder],
    accounting_field_selections: [
      { category_info: { name: 'Event', type: 'OTHER' }, external_id: tag.eventId, name: LAUNCH_DEAL.name },
      {
        category_info: { name: 'BOM line', type: 'OTHER' },
        external_id: tag.lineId,
        name: SITE_VISIT_LINE.description,
      },
    ],
  }));
  await sandboxPost(`${rampSandbox}/sandbox/transactions`, transactions);
  const charges = SITE_VISIT_CHARGES.map((c) => ({ id: c.id, amountMinor: Math.round(c.amount * 100) }));
  return {
    ...tag,
    plannedMinor: SITE_VISIT_LINE.quantity * SITE_VISIT_LINE.unitCostMinor,
    charges,
    totalMinor: charges.reduce((sum, c) => sum + c.amountMinor, 0),
  };
}

async function sandboxPost(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${url} answered ${response.status}: ${await response.text()}`);
}
