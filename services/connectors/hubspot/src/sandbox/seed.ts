export interface SandboxCompany {
  id: string;
  name: string;
  domain?: string | null;
}
export interface SandboxDeal {
  id: string;
  /** Property values as HubSpot stores them (strings); hs_lastmodifieddate is kept up to date. */
  properties: Record<string, string | null>;
  /** Associated company ids, the primary one first. */
  companyIds: string[];
  createdAt: string;
}

export const COMPANIES: SandboxCompany[] = [
  { id: '9001', name: 'Northwind Traders', domain: 'northwind.example' },
  { id: '9002', name: 'Contoso Events', domain: 'contoso.example' },
  { id: '9003', name: 'Litware Inc.', domain: 'litware.example' },
  { id: '9004', name: 'Fabrikam Live', domain: 'fabrikam.example' },
  { id: '9005', name: 'Tailspin Toys', domain: 'tailspin.example' },
];
const STAGES = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'contractsent',
  'closedwon',
  'closedlost',
];
const KINDS = ['Summit', 'Roadshow', 'Product Launch', 'Gala', 'Offsite', 'Conference'];
const ZONES = ['America/New_York', 'America/Chicago', 'Europe/London', 'America/Los_Angeles'];
const VENUES = ['Javits Center, New York', 'McCormick Place, Chicago', 'ExCeL, London', 'Moscone West, San Francisco'];
const DAY = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A deal as HubSpot stores it: string properties, the event's days in the portal's custom
 * properties (event_start_date, event_end_date, event_timezone, event_venue).
 */
export function dealOf(d: {
  id: string;
  name: string;
  stage: string;
  modifiedAt: number;
  companyIds: string[];
  amount?: number | null;
  eventStartsOn?: string | null;
  eventEndsOn?: string | null;
  timezone?: string | null;
  venue?: string | null;
  pipeline?: string;
}): SandboxDeal {
  return {
    id: d.id,
    createdAt: new Date(d.modifiedAt - 20 * DAY).toISOString(),
    companyIds: d.companyIds,
    properties: {
      dealname: d.name,
      dealstage: d.stage,
      pipeline: d.pipeline ?? 'default',
      amount: d.amount === null || d.amount === undefined ? null : d.amount.toFixed(2),
      deal_currency_code: d.amount === null || d.amount === undefined ? null : 'USD',
      closedate: d.stage.startsWith('closed') ? new Date(d.modifiedAt).toISOString() : null,
      hs_lastmodifieddate: new Date(d.modifiedAt).toISOString(),
      hs_is_closed_won: String(d.stage === 'closedwon'),
      event_start_date: d.eventStartsOn ?? null,
      event_end_date: d.eventEndsOn ?? null,
      event_timezone: d.timezone ?? null,
      event_venue: d.venue ?? null,
    },
  };
}

/** `count` deals modified over [from, to), in every stage; a sixth of them won, each with the event's days. */
export function seedDeals(count: number, from: number, to: number, prefix = '7'): SandboxDeal[] {
  return Array.from({ length: count }, (_, i) => {
    const company = COMPANIES[i % COMPANIES.length]!;
    const modifiedAt = from + Math.floor(((to - from) * i) / Math.max(1, count));
    const starts = modifiedAt + (60 + (i % 90)) * DAY;
    return dealOf({
      id: `${prefix}${String(i).padStart(6, '0')}`,
      name: `${company.name.split(' ')[0]} ${KINDS[i % KINDS.length]} ${2026 + (i % 2)}`,
      stage: STAGES[i % STAGES.length]!,
      modifiedAt,
      companyIds: [company.id],
      amount: 40_000 + ((i * 7_919) % 260_000),
      eventStartsOn: day(starts),
      eventEndsOn: day(starts + (i % 3) * DAY),
      timezone: ZONES[i % ZONES.length]!,
      venue: VENUES[i % VENUES.length]!,
    });
  });
}

/** The demo portal: five companies and sixty deals modified over the last thirty days. */
export const seedPortal = (now: number) => ({
  companies: COMPANIES,
  deals: seedDeals(60, now - 30 * DAY, now),
});
