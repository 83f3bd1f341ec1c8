import { serveSandbox } from '@playbook/connector-kit/sandbox';
import type { Window } from '@playbook/connector-kit/window';
import { hubspotSettings } from '@playbook/hubspot/env';
import { hubspotApi } from '@playbook/hubspot/hubspot-api';
import { COMPANIES, dealOf, hubspotSandbox } from '@playbook/hubspot/sandbox';
import { hubspotSync } from '@playbook/hubspot/sync';
import { parseEnv } from '@playbook/service-kit/env';
import type { ConnectorWire } from './connector-wire.ts';
import type { PublishedDeal } from './verify-pipeline.ts';
import { steadyWindows } from './window-load.ts';

const HOUR = 3_600_000;
const FROM = Date.parse('2026-01-01T00:00:00Z');
const WINDOWS = 365 * 24;

/** The k-th deal won: for each of the sandbox's companies in turn (Northwind Traders is the demo's client). */
function wonDeal(window: Window, k: number) {
  const company = COMPANIES[k % COMPANIES.length]!;
  return dealOf({
    id: String(8_300_000 + k),
    name: `${company.name} Chaos Summit ${k}`,
    stage: 'closedwon',
    modifiedAt: window.from + HOUR / 2,
    companyIds: [company.id],
    amount: 40_000 + 1_000 * (k % 50),
    eventStartsOn: '2027-06-14',
    eventEndsOn: '2027-06-16',
    timezone: 'America/New_York',
    venue: 'Javits Center, New York',
  });
}

/**
 * Flow 3 at a steady pace, chaos playing the HubSpot connector: every `everyMs` one more deal is won
 * in a HubSpot sandbox (modified in the next hour), fetched by the connector's own API client and
 * published on the HubSpot topic by its own window handlers; every third hour is fetched again with
 * the hour before. Events makes each an event under its company's client; work applies its template.
 */
export async function pipelineLoad(o: {
  orgId: string;
  wire: ConnectorWire;
  everyMs: number;
  say: (text: string) => void;
}) {
  const sandbox = hubspotSandbox({ companies: COMPANIES });
  const server = await serveSandbox(sandbox.app);
  const settings = parseEnv(hubspotSettings, { HUBSPOT_BASE_URL: server.url, HUBSPOT_RETRY_BASE_MS: '50' });
  const load = steadyWindows({
    system: 'hubspot',
    dataset: 'deals',
    orgId: o.orgId,
    handlers: hubspotSync(hubspotApi(settings), settings.HUBSPOT_CURRENCY),
    wire: o.wire,
    start: FROM,
    spanMs: HOUR,
    everyMs: o.everyMs,
    windows: WINDOWS,
    refetchEvery: 3,
    fill: (window, k) => sandbox.upsertDeal(wonDeal(window, k)),
    idOf: (d) => d.id,
    say: o.say,
  });
  return {
    async stop() {
      const result = await load.stop();
      await server.stop();
      const deals: PublishedDeal[] = result.accepted.map((d) => ({ dealId: d.id, name: d.name }));
      return { ...result, accepted: deals };
    },
  };
}
