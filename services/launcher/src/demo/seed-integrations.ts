import { call } from './client.ts';

const DAY = 86_400_000;

export interface IntegrationsDemo {
  /** The Ramp window the seed asked for: the last 7 whole days (UTC). */
  rampWindow: { requestId: string; from: string; to: string };
}

/**
 * Alex (admin) enables Ramp (card spend in) and Slack (alerts out) and asks Ramp for the last 7 days.
 * The window ends at midnight UTC, so a second run the same day asks for the same window (fetched once).
 */
export async function seedIntegrations(
  integrationsUrl: string,
  as: (key: string) => { token: string; idempotencyKey: string },
  now = Date.now(),
): Promise<IntegrationsDemo> {
  await call(`${integrationsUrl}/connectors/ramp/enable`, {
    ...as('connector:ramp'),
    body: { configuration: { baseUrl: process.env.RAMP_BASE_URL ?? 'http://127.0.0.1:4101' } },
  });
  await call(`${integrationsUrl}/connectors/slack/enable`, {
    ...as('connector:slack'),
    body: { configuration: { alertChannel: process.env.SLACK_ALERT_CHANNEL ?? 'C0PLAYBOOK' } },
  });
  const to = new Date(Math.floor(now / DAY) * DAY).toISOString();
  const from = new Date(Date.parse(to) - 7 * DAY).toISOString();
  const window = await call<{ requestId: string }>(`${integrationsUrl}/connectors/ramp/sync`, {
    ...as(`ramp-window:${to.slice(0, 10)}`),
    body: { dataset: 'transactions', from, to },
  });
  return { rampWindow: { requestId: window.requestId, from, to } };
}
