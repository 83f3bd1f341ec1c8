import { fileURLToPath } from 'node:url';
import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { rememberEmailWhenUserProvisioned } from './consumers/remember-email-when-user-provisioned.consumer.ts';
import { alertBudgetThreshold, dmApprovers } from './deliveries/deliveries.commands.ts';
import { slackSettings } from './env.ts';
import { slackApi } from './slack-api.ts';

/** The Slack connector: bot DMs to approvers, channel alerts on budget thresholds, SlackMessageDelivered. */
export function slackDefinition(options: { env?: Record<string, string | undefined> } = {}): ServiceDefinition {
  const settings = parseEnv(slackSettings, options.env ?? process.env);
  const api = slackApi(settings);
  return {
    name: 'integrations.slack',
    title: 'The Playbook — Slack connector',
    description: 'Bot DMs to approvers and channel alerts for budget thresholds, each delivered once.',
    scope: 'organization',
    aggregates: ['SlackDelivery'],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    subscriptions: [
      rememberEmailWhenUserProvisioned,
      on<Tx, 'approvals.ApprovalRequested'>(
        'dm-approvers-when-approval-requested',
        'approvals.ApprovalRequested',
        (e, { tx, publisher }) => dmApprovers(tx, publisher, api, e),
      ),
      on<Tx, 'budget.BudgetThresholdCrossed'>(
        'alert-channel-when-budget-threshold-crossed',
        'budget.BudgetThresholdCrossed',
        (e, { tx, publisher }) => alertBudgetThreshold(tx, publisher, api, settings.SLACK_ALERT_CHANNEL, e),
      ),
    ],
  };
}
export const definition = slackDefinition();
