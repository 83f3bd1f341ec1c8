import { call } from './client.ts';
import {
  addWonDeal,
  type CardSpendDemo,
  chargeSiteVisit,
  eventOfDeal,
  FLOW_2_CORRELATION,
  FLOW_3_CORRELATION,
  type PipelineDemo,
  planSiteVisit,
} from './seed-flows.ts';

const DAY = 86_400_000;
const MINUTE = 60_000;
/** The Bizzabo sandbox's summit (DEMO_BIZZABO_EVENT_ID in @playbook/bizzabo/sandbox), linked to the demo event. */
const BIZZABO_SUMMIT = '391636';

/** What the demo asks of each inbound connector: one window of each dataset (registry in services/integrations). */
const INBOUND = [
  ['ramp', 'transactions'],
  ['netsuite', 'vendors'],
  ['netsuite', 'accounts'],
  ['nexonia', 'expense-reports'],
  ['hubspot', 'deals'],
  ['bizzabo', 'registrations'],
  ['box', 'files'],
  ['google', 'users'],
] as const;
const OUTBOUND = ['slack', 'domo'] as const;

export interface IntegrationsDemo {
  /** The window every inbound dataset was asked for: the last 30 days, to the minute. */
  window: { from: string; to: string };
  /** What became of each window (fetched with its counts, or failed with the reason), once settled. */
  windows: { system: string; dataset: string; status: string; accepted: number | null; error: string | null }[];
  /** Flow 3 (HubSpot sandbox): the won deal, and the event it became under its client. */
  pipeline?: PipelineDemo;
  /** Flow 2 (Ramp sandbox too): the launch's site-visit charges, allocated to its budget line. */
  cardSpend?: CardSpendDemo;
}

type Window = {
  requestId: string;
  dataset: string;
  status: 'requested' | 'fetched' | 'failed';
  accepted: number | null;
  error: string | null;
};

/**
 * Alex (admin) enables every connector, links the demo event to its Bizzabo summit, and asks each
 * inbound connector pointed at its sandbox for the last 30 days of each dataset (a connector pointed
 * at the real vendor is left to its schedule); then waits (bounded) until every window is fetched or
 * failed, so the welcome can say what each brought. Windows asked again are fetched once.
 *
 * The demo carries flows 3 and 2 through the sandboxes, in that order: Northwind Traders' won deal
 * (added to HubSpot's) becomes an event; once it has, Alex plans its site visit and the crew's card
 * charges, tagged to it, are added to Ramp's before Ramp's window is asked (spend allocates them,
 * the budget crosses 80 % and 100 %, the AI raises its heads-ups, Slack alerts the channel).
 */
export async function seedIntegrations(
  urls: { integrations: string; events: string; activity: string; budget: string },
  demo: {
    eventId: string;
    alexToken: string;
    /** The root of a connector's sandbox, when it runs. */
    sandbox: (system: string) => string | undefined;
    /** Resolves once every module has handled what the demo caused so far. */
    settle: () => Promise<void>;
  },
  as: (key: string) => { token: string; idempotencyKey: string },
  now = Date.now(),
): Promise<IntegrationsDemo> {
  for (const system of [...new Set(INBOUND.map(([s]) => s)), ...OUTBOUND]) {
    const configuration =
      system === 'slack' ? { alertChannel: process.env.SLACK_ALERT_CHANNEL ?? 'C0PLAYBOOK' } : { demo: 'sandbox' };
    await call(`${urls.integrations}/connectors/${system}/enable`, {
      ...as(`connector:${system}`),
      body: { configuration },
    });
  }
  if (demo.sandbox('bizzabo'))
    await call(`${urls.events}/events/${demo.eventId}`, {
      ...as('bizzabo-link'),
      method: 'PATCH',
      body: { externalIds: { bizzabo: BIZZABO_SUMMIT } },
    });
  const to = new Date(Math.floor(now / MINUTE) * MINUTE).toISOString();
  const from = new Date(Date.parse(to) - 30 * DAY).toISOString();
  const ask = async (system: string, dataset: string) => {
    const correlationId = { hubspot: FLOW_3_CORRELATION, ramp: FLOW_2_CORRELATION }[system as 'hubspot' | 'ramp'];
    const w = await call<{ requestId: string }>(`${urls.integrations}/connectors/${system}/sync`, {
      ...as(`window:${system}:${dataset}:${to}`),
      correlationId,
      body: { dataset, from, to },
    });
    return { system, requestId: w.requestId };
  };

  const hubspot = demo.sandbox('hubspot');
  if (hubspot) await addWonDeal(hubspot, now);
  const asked: { system: string; requestId: string }[] = [];
  for (const [system, dataset] of INBOUND.filter(([s]) => s !== 'ramp' && demo.sandbox(s)))
    asked.push(await ask(system, dataset));
  const windows = await untilSettled(urls.integrations, demo.alexToken, asked);
  const pipeline = hubspot ? await eventOfDeal(urls.activity, demo.alexToken) : undefined;

  const ramp = demo.sandbox('ramp');
  let cardSpend: CardSpendDemo | undefined;
  if (ramp) {
    if (pipeline) {
      const lineId = await planSiteVisit(urls.budget, pipeline.eventId, as);
      // Spend allocates a charge only to an event it knows, and budget counts it only on a line it has.
      await demo.settle();
      cardSpend = await chargeSiteVisit(ramp, { eventId: pipeline.eventId, lineId }, now);
    }
    windows.push(...(await untilSettled(urls.integrations, demo.alexToken, [await ask('ramp', 'transactions')])));
  }
  return {
    window: { from, to },
    windows,
    ...(pipeline ? { pipeline } : {}),
    ...(cardSpend ? { cardSpend } : {}),
  };
}

/** Polls each connector's windows until every asked one is fetched or failed (60 s at most). */
async function untilSettled(integrationsUrl: string, token: string, asked: { system: string; requestId: string }[]) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found: IntegrationsDemo['windows'] = [];
    for (const system of new Set(asked.map((a) => a.system))) {
      const page = await call<{ items: Window[] }>(`${integrationsUrl}/connectors/${system}/windows?limit=100`, {
        token,
      });
      for (const w of page.items.filter((i) => asked.some((a) => a.requestId === i.requestId)))
        found.push({
          system,
          dataset: w.dataset,
          status: w.status,
          accepted: w.accepted,
          error: w.error,
        });
    }
    if (found.every((w) => w.status !== 'requested') || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
}
