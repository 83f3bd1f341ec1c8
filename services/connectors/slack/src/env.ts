import { z } from 'zod';

/** Slack's settings: the Web API root, the bot token, the channel for alerts. */
export const slackSettings = z.object({
  SLACK_BASE_URL: z.string().url().default('http://127.0.0.1:4102/api'),
  SLACK_BOT_TOKEN: z.string().min(1).default('xoxb-sandbox-token'),
  SLACK_ALERT_CHANNEL: z.string().min(1).default('C0PLAYBOOK'),
  SLACK_RETRY_BASE_MS: z.coerce.number().int().min(0).default(500),
  SLACK_MAX_RETRIES: z.coerce.number().int().min(0).default(4),
});
export type SlackSettings = z.infer<typeof slackSettings>;
