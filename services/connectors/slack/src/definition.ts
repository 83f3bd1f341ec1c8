import { fileURLToPath } from 'node:url';
import { loadMigrations } from '@playbook/db/migrate';
import { parseEnv } from '@playbook/service-kit/env';
import type { ServiceDefinition } from '@playbook/service-kit/service';
import { alertChannelWhenBudgetThresholdCrossed } from './consumers/alert-channel-when-budget-threshold-crossed.consumer.ts';
import { alertChannelWhenHeadsUpRaised } from './consumers/alert-channel-when-heads-up-raised.consumer.ts';
import { dmApproversWhenApprovalRequested } from './consumers/dm-approvers-when-approval-requested.consumer.ts';
import { rememberEmailWhenUserProvisioned } from './consumers/remember-email-when-user-provisioned.consumer.ts';
import { slackSettings } from './env.ts';
import { slackApi } from './slack-api.ts';

/** The Slack connector: bot DMs to approvers, channel alerts on budget thresholds and AI heads-ups, SlackMessageDelivered. */
export function slackDefinition(options: { env?: Record<string, string | undefined> } = {}): ServiceDefinition {
  const settings = parseEnv(slackSettings, options.env ?? process.env);
  const api = slackApi(settings);
  return {
    name: 'integrations.slack',
    title: 'The Playbook — Slack connector',
    description:
      'Bot DMs to approvers, and channel alerts for budget thresholds and the AI orchestrator’s heads-ups, each delivered once.',
    scope: 'organization',
    aggregates: ['SlackDelivery'],
    migrations: () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url))),
    subscriptions: [
      rememberEmailWhenUserProvisioned,
      dmApproversWhenApprovalRequested(api),
      alertChannelWhenBudgetThresholdCrossed(api, settings.SLACK_ALERT_CHANNEL),
      alertChannelWhenHeadsUpRaised(api, settings.SLACK_ALERT_CHANNEL),
    ],
  };
}
export const definition = slackDefinition();
