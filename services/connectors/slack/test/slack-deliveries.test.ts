import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slackDefinition } from '../src/definition.ts';
import { slackSandbox } from '../src/sandbox/sandbox.ts';
import { alertBudgetThreshold } from '../src/deliveries/deliveries.commands.ts';
import { slackSettings } from '../src/env.ts';
import { slackApi } from '../src/slack-api.ts';

const ORG = 'org-slack';
const TOKEN = 'xoxb-test-token-5a4b3c2d1e';
const SCOPE = { orgId: ORG, clientId: 'client-1', eventId: 'event-a' };
const sandbox = slackSandbox({
  token: TOKEN,
  users: { 'fin@x.test': 'U1FIN', 'fin2@x.test': 'U2FIN', 'req@x.test': 'U3REQ' },
});
let server: RunningSandbox;
let world: TestWorld;
let directory: Service;
let approvals: Service;
let slack: Service;

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('slack');
  directory = await world.start({ name: 'directory' });
  approvals = await world.start({ name: 'approvals' });
  const env = { SLACK_BASE_URL: `${server.url}/api`, SLACK_BOT_TOKEN: TOKEN, SLACK_RETRY_BASE_MS: '5' };
  slack = await world.start(slackDefinition({ env }));
  const sql = slack.sql();
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  const grant = (id: string, role: 'finance' | 'producer', scope: object) =>
    accessProjection.grant(sql, { grantId: `g-${id}`, principalId: id, role, scope: { orgId: ORG, ...scope } });
  await grant('fin-1', 'finance', {});
  await grant('fin-2', 'finance', { clientId: 'client-1' });
  await grant('fin-3', 'finance', {}); // not a member of the Slack workspace
  await grant('requester', 'finance', { clientId: 'client-1', eventId: 'event-a' });
  await grant('producer', 'producer', { clientId: 'client-1', eventId: 'event-a' });
  for (const [userId, email] of [
    ['fin-1', 'fin@x.test'],
    ['fin-2', 'fin2@x.test'],
    ['requester', 'req@x.test'],
    ['fin-3', 'not-in-slack@x.test'],
  ]) {
    await publishThrough(directory, {
      type: 'directory.UserProvisioned',
      key: userId!,
      scope: { orgId: ORG },
      payload: { userId: userId!, email: email!, displayName: userId!, source: 'invited' },
    });
  }
  await eventually(async () => expect(await sql`select 1 from slack_users`).toHaveLength(4), { timeoutMs: 30_000 });
}, 90_000);
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

describe('the Slack connector', () => {
  it('DMs each approver holding the role over the scope (not the requester, nor one without Slack), through 429s, once each', async () => {
    sandbox.faults.set({ rateLimitEvery: 2, retryAfterSeconds: 0 });
    await publishThrough(
      approvals,
      {
        type: 'approvals.ApprovalRequested',
        key: 'ar-1',
        scope: SCOPE,
        payload: {
          approvalRequestId: 'ar-1',
          subjectType: 'purchase-order',
          subjectId: 'po-1',
          eventId: 'event-a',
          clientId: 'client-1',
          amountMinor: 1_250_000,
          currency: 'USD',
          policyId: 'p-1',
          approverRole: 'finance',
          approverScope: 'event',
          requestedBy: 'requester',
          dueAt: Date.parse('2026-05-01T00:00:00Z'),
          summary: 'PO for Acme AV',
        },
      },
      'requester',
    );
    await eventually(
      async () => {
        const delivered = await slack.sql()<
          { payload: any }[]
        >`select payload from outbox where type = 'integrations.slack.SlackMessageDelivered'`;
        expect(delivered).toHaveLength(2);
      },
      { timeoutMs: 30_000 },
    );
    sandbox.faults.set({});
    const dms = sandbox.messages.filter((m) => m.channel.startsWith('D'));
    expect(dms.map((m) => m.channel).sort()).toEqual(['DU1FIN', 'DU2FIN']);
    expect(dms[0]!.text).toMatch(/Approval needed \(finance\): PO for Acme AV — 12500\.00 USD/);
    expect(sandbox.faults.state.rateLimited).toBeGreaterThan(0);
  });

  it('a redelivered alert finds the posted message instead of posting again (look-up before create)', async () => {
    const crossing = {
      type: 'budget.BudgetThresholdCrossed' as const,
      key: 'b-1',
      scope: SCOPE,
      payload: {
        budgetId: 'b-1',
        eventId: 'event-a',
        clientId: 'client-1',
        thresholdPercent: 80,
        currency: 'USD',
        plannedMinor: 100_000,
        committedMinor: 50_000,
        actualMinor: 35_000,
        usedPercent: 85,
        trigger: 'allocation',
      },
    };
    const budgetStandIn = await world.start({ name: 'budget' });
    await publishThrough(budgetStandIn, crossing);
    // Until the consumer's transaction recorded the delivery, not only until Slack has the message.
    await eventually(
      async () => {
        expect(sandbox.messages.filter((m) => m.channel === 'C0PLAYBOOK')).toHaveLength(1);
        expect(await slack.sql()`select 1 from slack_deliveries where channel = 'C0PLAYBOOK'`).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
    // A crash after posting, before the commit: the same message handled again.
    const envelope = (
      await budgetStandIn.sql()<
        { payload: any }[]
      >`select payload from outbox where type = 'budget.BudgetThresholdCrossed'`
    )[0]!.payload;
    const api = slackApi(slackSettings.parse({ SLACK_BASE_URL: `${server.url}/api`, SLACK_BOT_TOKEN: TOKEN }));
    const published: any[] = [];
    const handleAgain = () =>
      slack
        .sql()
        .begin((tx) =>
          alertBudgetThreshold(
            tx,
            { publish: async (i: any) => published.push(i) } as never,
            api,
            'C0PLAYBOOK',
            envelope,
          ),
        );
    // Recorded as delivered: nothing to do.
    await handleAgain();
    expect(published).toEqual([]);
    // The crash rolled the record back: the look-up finds the posted message.
    await slack.sql()`delete from slack_deliveries where channel = 'C0PLAYBOOK'`;
    await handleAgain();
    expect(published[0].payload).toMatchObject({ kind: 'budget-alert', reused: true, channel: 'C0PLAYBOOK' });
    expect(sandbox.messages.filter((m) => m.channel === 'C0PLAYBOOK')).toHaveLength(1);
  });

  it('alerts the channel to an AI heads-up once, even when the heads-up is published again', async () => {
    const ai = await world.start({ name: 'ai' });
    const raised = {
      type: 'ai.HeadsUpRaised' as const,
      key: 'hu-1',
      scope: SCOPE,
      payload: {
        headsUpId: 'hu-1',
        rule: 'spend-over-bom-line',
        subjectType: 'bom-line',
        subjectId: 'line-1',
        window: 'planned:100000',
        eventId: 'event-a',
        clientId: 'client-1',
        severity: 'warning',
        title: 'Spend over the BOM line: Crew travel',
        citations: [
          {
            label: 'planned',
            recordType: 'bom-line',
            recordId: 'line-1',
            field: 'plannedMinor',
            value: 100_000,
            toolCallId: 'c1',
          },
          {
            label: 'actual',
            recordType: 'bom-line',
            recordId: 'line-1',
            field: 'actualMinor',
            value: 112_550,
            toolCallId: 'c1',
          },
        ],
        records: [{ recordType: 'bom-line', recordId: 'line-1' }],
        commentary: [{ slot: 'what', text: 'Actual spend on the travel line is above what was planned.' }],
        runId: 'run-1',
      },
    };
    const inChannel = () => sandbox.messages.filter((m) => m.text.includes('Heads-up'));
    const deliveredAlerts = async () =>
      (
        await slack.sql()<
          { payload: any }[]
        >`select payload from outbox where type = 'integrations.slack.SlackMessageDelivered'`
      ).filter((r) => r.payload.payload.kind === 'heads-up-alert');
    await publishThrough(ai, raised);
    await eventually(async () => expect(await deliveredAlerts()).toHaveLength(1), { timeoutMs: 30_000 });
    expect(inChannel()).toHaveLength(1);
    expect(inChannel()[0]).toMatchObject({ channel: 'C0PLAYBOOK' });
    expect(inChannel()[0]!.text).toBe(
      ':warning: Heads-up (warning) on event event-a: Spend over the BOM line: Crew travel (planned 1000.00; actual 1125.50). Actual spend on the travel line is above what was planned.',
    );
    expect((await deliveredAlerts())[0]!.payload.payload).toMatchObject({ subjectId: 'hu-1', reused: false });

    // The same heads-up again, under a new message id (the inbox would not tell them apart).
    await publishThrough(ai, raised);
    await eventually(
      async () => {
        const handled = await slack.sql()`select 1 from inbox where consumer = 'alert-channel-when-heads-up-raised'`;
        expect(handled).toHaveLength(2);
      },
      { timeoutMs: 30_000 },
    );
    expect(inChannel()).toHaveLength(1);
    expect(await deliveredAlerts()).toHaveLength(1);
  });

  it('never writes the bot token into an envelope', async () => {
    const everything = JSON.stringify(await slack.sql()`select payload, headers from outbox`);
    expect(everything).not.toContain(TOKEN);
  });
});
