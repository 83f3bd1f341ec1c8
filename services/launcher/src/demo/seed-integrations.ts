import { call } from './client.ts';

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
 */
export async function seedIntegrations(
  urls: { integrations: string; events: string },
  demo: { eventId: string; alexToken: string; sandboxed: (system: string) => boolean },
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
  if (demo.sandboxed('bizzabo'))
    await call(`${urls.events}/events/${demo.eventId}`, {
      ...as('bizzabo-link'),
      method: 'PATCH',
      body: { externalIds: { bizzabo: BIZZABO_SUMMIT } },
    });
  const to = new Date(Math.floor(now / MINUTE) * MINUTE).toISOString();
  const from = new Date(Date.parse(to) - 30 * DAY).toISOString();
  const asked: { system: string; requestId: string }[] = [];
  for (const [system, dataset] of INBOUND.filter(([system]) => demo.sandboxed(system))) {
    const w = await call<{ requestId: string }>(`${urls.integrations}/connectors/${system}/sync`, {
      ...as(`window:${system}:${dataset}:${to}`),
      body: { dataset, from, to },
    });
    asked.push({ system, requestId: w.requestId });
  }
  return { window: { from, to }, windows: await untilSettled(urls.integrations, demo.alexToken, asked) };
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
