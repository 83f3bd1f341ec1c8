import { serveSandbox } from '@playbook/connector-kit/sandbox';
import type { Demo } from '@playbook/launcher/demo';
import { rampSettings } from '@playbook/ramp/env';
import { rampApi } from '@playbook/ramp/ramp-api';
import { generatedSource, rampSandbox } from '@playbook/ramp/sandbox';
import { rampSync } from '@playbook/ramp/sync';
import { parseEnv } from '@playbook/service-kit/env';
import type { ConnectorWire } from './connector-wire.ts';
import type { PublishedCharge } from './verify-card-spend.ts';
import { steadyWindows } from './window-load.ts';

const HOUR = 3_600_000;
/** A year of hourly windows of charges, generated when a page asks for them (the sandbox holds none). */
const FROM = Date.parse('2026-01-01T00:00:00Z');
const WINDOWS = 365 * 24;

/**
 * Flow 2 at a steady pace, chaos playing the Ramp connector: every `everyMs` the next hour of card
 * charges (`perWindow` of them; three in four tagged to the demo event and its catering line, one in
 * 17 declined) is fetched from a Ramp sandbox by the connector's own API client and published on the
 * Ramp topic by its own window handlers; every fourth hour is fetched again with the hour before.
 */
export async function cardSpendLoad(o: {
  demo: Demo;
  wire: ConnectorWire;
  everyMs: number;
  perWindow: number;
  say: (text: string) => void;
}) {
  const tag = { eventId: o.demo.eventId, bomLineId: o.demo.budget.cateringLineId };
  const source = generatedSource({
    count: WINDOWS * o.perWindow,
    from: FROM,
    to: FROM + WINDOWS * HOUR,
    tags: [tag],
    prefix: 'chaos',
  });
  const server = await serveSandbox(rampSandbox({ source }).app);
  const settings = parseEnv(rampSettings, { RAMP_BASE_URL: server.url, RAMP_RETRY_BASE_MS: '50' });
  const load = steadyWindows({
    system: 'ramp',
    dataset: 'transactions',
    orgId: o.demo.orgId,
    handlers: rampSync(rampApi(settings)),
    wire: o.wire,
    start: FROM,
    spanMs: HOUR,
    everyMs: o.everyMs,
    windows: WINDOWS,
    refetchEvery: 4,
    idOf: (t) => t.id,
    say: o.say,
  });
  return {
    async stop() {
      const result = await load.stop();
      await server.stop();
      // Spend allocates a charge to the event its "Event" accounting field names.
      const charges: PublishedCharge[] = result.accepted.map((t) => ({ id: t.id, eventId: t.tags.Event ?? null }));
      return { ...result, accepted: charges };
    },
  };
}
