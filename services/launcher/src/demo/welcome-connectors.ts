import { CONNECTORS, type ServiceName } from '../modules.ts';
import type { RunningSandboxes } from '../sandboxes.ts';
import type { ConnectorsDemo } from './seed-connectors.ts';

/** The connectors' line of the service list: each connector, and the sandbox it talks to. */
export function connectorsLine(url: (name: ServiceName) => string, sandboxes: RunningSandboxes): string {
  const where = CONNECTORS.map((c) => {
    const sandbox = sandboxes.url(c.system);
    return `${c.name} ${url(c.name)} → ${sandbox ? `sandbox ${sandbox}` : `${c.system.toUpperCase()}_BASE_URL`}`;
  });
  return `  Connectors: ${where.join(', ')}`;
}

/** Where to see what the connectors did with the demo: Slack's DM and alerts, Ramp's card transactions. */
export function connectorsWelcome(
  demo: ConnectorsDemo,
  url: (name: ServiceName) => string,
  env: Record<string, string | undefined> = process.env,
): string[] {
  const lines = [
    '10. The connectors, each pointed at a sandbox of its vendor’s API (set <SYSTEM>_BASE_URL to talk to the real one; PLAYBOOK_SANDBOXES=off for none):',
  ];
  const { slack, ramp } = demo;
  if (slack) {
    const auth = `-H 'authorization: Bearer ${slack.token}'`;
    const channel = env.SLACK_ALERT_CHANNEL ?? 'C0PLAYBOOK';
    lines.push(
      ...(slack.approverDm
        ? [
            `   Slack DMed the approver of the catering PO ("${slack.approverDm.text.slice(0, 60)}…"); all that was posted, then that DM as Slack's Web API shows it:`,
            `  curl -s ${slack.url}/sandbox/messages`,
            `  curl -s "${slack.url}/api/conversations.history?channel=${slack.approverDm.channel}" ${auth}`,
          ]
        : [
            "   Slack DMs each approver when a sign-off is requested (the demo's were DMed by an earlier run, to its sandbox; engage a vendor to see one):",
            `  curl -s ${slack.url}/sandbox/messages`,
          ]),
      `   Budget thresholds and the AI's heads-ups are alerted to the channel ${channel}:`,
      `  curl -s "${slack.url}/api/conversations.history?channel=${channel}" ${auth}`,
    );
  }
  if (ramp) {
    lines.push(
      `   Ramp holds ${ramp.transactions} card transactions of the last 30 days (OAuth client sandbox-client / sandbox-secret-change-me):`,
      `  RAMP=$(curl -s -u sandbox-client:sandbox-secret-change-me -d grant_type=client_credentials -d scope=transactions:read ${ramp.url}/developer/v1/token | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')`,
      `  curl -s "${ramp.url}/developer/v1/transactions?page_size=5" -H "authorization: Bearer $RAMP"`,
      '   A synced window (integrations.SyncWindowRequested) is imported by spend, each transaction once; the audit trail lists them:',
      `  curl -s "${url('activity')}/activity?type=spend.CardTransactionImported" -H "authorization: Bearer $ALEX"`,
    );
  }
  if (!slack && !ramp) lines.push('   (no sandbox runs: every connector talks to what its <SYSTEM>_BASE_URL names)');
  return lines;
}
