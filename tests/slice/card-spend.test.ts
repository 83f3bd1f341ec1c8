import { randomUUID } from 'node:crypto';
import { aiDefinition } from '@playbook/ai/definition';
import { definition as budget } from '@playbook/budget/definition';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { rampDefinition } from '@playbook/ramp/definition';
import { rampSandbox } from '@playbook/ramp/sandbox';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { slackDefinition } from '@playbook/slack/definition';
import { slackSandbox } from '@playbook/slack/sandbox';
import { definition as spend } from '@playbook/spend/definition';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTransactions } from '../../services/connectors/ramp/src/sandbox/seed.ts';

/**
 * Flow 2 in one world on the real bus and database: a Ramp window (sandbox) → the Ramp connector's
 * batch → spend imports and allocates → budget counts actuals and crosses 80 % → Slack (sandbox)
 * receives the channel alert; a second window overruns the line → budget crosses 100 %, the AI
 * orchestrator raises its heads-ups → Slack alerts the channel to each, once. An overlapping
 * re-fetch then changes nothing downstream.
 */
const ORG = 'org-flow2';
const SCOPE = { orgId: ORG, clientId: 'client-1', eventId: 'event-a' };
const DAY = 86_400_000;
const T0 = Date.parse('2026-04-01T00:00:00Z');
const ramp = rampSandbox();
const slack = slackSandbox();
let servers: RunningSandbox[] = [];
let world: TestWorld;
let s: Record<'events' | 'integrations' | 'spend' | 'budget' | 'ai' | 'ramp' | 'slack', Service>;

beforeAll(async () => {
  servers = [await serveSandbox(ramp.app), await serveSandbox(slack.app)];
  world = await createTestWorld('flow2');
  const env = {
    RAMP_BASE_URL: servers[0]!.url,
    RAMP_SYNC_INTERVAL_MS: '100',
    RAMP_PAGE_SIZE: '10',
    SLACK_BASE_URL: `${servers[1]!.url}/api`,
    SLACK_ALERT_CHANNEL: 'C0BUDGETS',
    SLACK_RETRY_BASE_MS: '5',
  };
  s = {
    events: await world.start({ name: 'events' }),
    integrations: await world.start({ name: 'integrations' }),
    spend: await world.start(spend),
    budget: await world.start(budget),
    ai: await world.start(aiDefinition({ kind: 'rules' }, { readiness: null })),
    ramp: await world.start(rampDefinition({ env })),
    slack: await world.start(slackDefinition({ env })),
  };
  await accessProjection.grant(s.budget.sql(), {
    grantId: 'g-p',
    principalId: 'producer',
    role: 'producer',
    scope: SCOPE,
  });
}, 120_000);
afterAll(async () => {
  await world?.dispose();
  for (const server of servers) await server.stop();
});

const syncWindow = (from: number, to: number) =>
  publishThrough(
    s.integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'ramp',
      scope: { orgId: ORG },
      payload: {
        requestId: randomUUID(),
        system: 'ramp',
        dataset: 'transactions',
        windowFrom: from,
        windowTo: to,
        requestedBy: 'producer',
      },
    },
    'producer',
  );
const budgetCall = async (method: string, path: string, body?: object) => {
  const res = await s.budget.app.request(path, {
    method,
    headers: { authorization: await world.bearer({ id: 'producer', orgId: ORG }), 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return res.json() as Promise<any>;
};
const imported = async () => Number((await s.spend.sql()`select count(*)::int as n from card_transactions`)[0]!.n);

describe('flow 2: card spend', () => {
  it('a Ramp window reaches the budget, Slack alerts the channel to thresholds and the AI’s heads-ups; a re-fetch changes nothing', async () => {
    await publishThrough(s.events, {
      type: 'events.EventCreated',
      key: 'event-a',
      scope: SCOPE,
      payload: {
        eventId: 'event-a',
        clientId: 'client-1',
        name: 'Summit',
        startsOn: '2026-05-10',
        endsOn: '2026-05-12',
        timezone: 'UTC',
        status: 'planning',
      },
    });
    await eventually(
      async () => expect(await s.spend.sql()`select 1 from access_scope_nodes where id = 'event-a'`).toHaveLength(1),
      { timeoutMs: 30_000 },
    );
    await budgetCall('POST', '/events/event-a/budget', { currency: 'USD' });
    const line = await budgetCall('POST', '/events/event-a/budget/lines', {
      category: 'travel',
      description: 'Crew travel',
      quantity: 1,
      unitCostMinor: 1_000_000,
      currency: 'USD',
    });
    const txns = seedTransactions(40, T0, T0 + DAY, { eventId: 'event-a', bomLineId: line.lineId }, 'flow2');
    // Twice the first transaction in the source: a duplicate must import once.
    ramp.store.push(...txns, { ...txns[0]! });
    const tagged = txns.filter((t) => t.state === 'CLEARED' && t.accounting_field_selections!.length > 0);
    const taggedMinor = tagged.reduce((sum, t) => sum + Math.round(t.amount * 100), 0);
    await budgetCall('PATCH', `/events/event-a/budget/lines/${line.lineId}`, {
      unitCostMinor: Math.floor(taggedMinor / 0.85),
    });

    await syncWindow(T0, T0 + DAY);
    await eventually(async () => expect(slack.messages.some((m) => m.channel === 'C0BUDGETS')).toBe(true), {
      timeoutMs: 60_000,
    });
    const alert = slack.messages.find((m) => m.channel === 'C0BUDGETS')!;
    expect(alert.text).toMatch(/crossed 80 %/);
    const accepted = txns.filter((t) => t.state === 'CLEARED').length;
    expect(await imported()).toBe(accepted);
    const view = await budgetCall('GET', '/events/event-a/budget');
    expect(view.totals.actualMinor).toBe(taggedMinor);
    await eventually(async () => {
      const delivered =
        await s.slack.sql()`select type from outbox where type = 'integrations.slack.SlackMessageDelivered'`;
      expect(delivered).toHaveLength(1);
    });

    // The next day's charges overrun the line: 100 % crossed, and the AI orchestrator flags it.
    // (Half a dollar more each, so none looks like a duplicate of yesterday's charge: that is another heads-up.)
    const more = seedTransactions(
      12,
      T0 + DAY,
      T0 + 2 * DAY,
      { eventId: 'event-a', bomLineId: line.lineId },
      'flow2b',
    ).map((t) => ({ ...t, amount: t.amount + 0.5 }));
    ramp.store.push(...more);
    await syncWindow(T0 + DAY, T0 + 2 * DAY);
    const headsUps = await eventually(
      async () => {
        const raised = await s.ai.sql()<
          { payload: { payload: { headsUpId: string; title: string; rule: string } } }[]
        >`select payload from outbox where type = 'ai.HeadsUpRaised'`;
        // The line overran its plan, and so did the budget (the line is all it plans).
        expect(raised.map((r) => r.payload.payload.rule).sort()).toEqual(['spend-over-bom-line', 'spend-over-budget']);
        const alerted = slack.messages.filter((m) => m.channel === 'C0BUDGETS' && m.text.includes('Heads-up'));
        expect(alerted).toHaveLength(raised.length);
        return raised.map((r) => r.payload.payload);
      },
      { timeoutMs: 60_000 },
    );
    for (const h of headsUps) {
      const alerts = slack.messages.filter((m) => m.channel === 'C0BUDGETS' && m.text.includes(h.title));
      expect(alerts, h.title).toHaveLength(1);
    }
    expect(slack.messages.filter((m) => /crossed 100 %/.test(m.text))).toHaveLength(1);

    // An overlapping window: new batch ids, so spend handles it — and imports nothing new.
    const before = slack.messages.length;
    const accepted2 = accepted + more.filter((t) => t.state === 'CLEARED').length;
    const spent = async () => (await budgetCall('GET', '/events/event-a/budget')).totals.actualMinor;
    const actual2 = await spent();
    await syncWindow(T0 - DAY, T0 + 2 * DAY);
    await eventually(
      async () => {
        const handled =
          await s.spend.sql()`select count(*)::int as n from inbox where consumer = 'import-card-transactions-when-ramp-fetched'`;
        expect(handled[0]!.n).toBeGreaterThan(2);
      },
      { timeoutMs: 60_000 },
    );
    await new Promise((r) => setTimeout(r, 1500));
    expect(await imported()).toBe(accepted2);
    expect(await spent()).toBe(actual2);
    expect(slack.messages.length).toBe(before);
  }, 180_000);
});
