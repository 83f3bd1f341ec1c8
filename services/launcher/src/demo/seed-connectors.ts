import { CONNECTORS } from '../modules.ts';
import type { RunningSandboxes } from '../sandboxes.ts';

export interface ConnectorsDemo {
  /** The Slack sandbox, and the DM it holds for the approver of the seeded catering engagement. */
  slack?: { url: string; token: string; approverDm?: { channel: string; text: string } };
  /** The Ramp sandbox, with its demo card transactions. */
  ramp?: { url: string; transactions: number };
}

/** The consumer groups of the connectors pointed at their sandboxes: the seed waits for them too. */
export const sandboxedConnectors = (sandboxes: RunningSandboxes | undefined) =>
  CONNECTORS.filter((c) => sandboxes?.url(c.system)).map((c) => c.name);

const SANDBOX_BOT_TOKEN = 'xoxb-sandbox-token';

/**
 * What the connectors did with the demo, read from their sandboxes (nothing when a connector talks
 * to the real vendor): Slack DMed the approver of the catering engagement's purchase order — the seed
 * waits for that DM, so the welcome can point at it — and Ramp holds the card transactions to sync.
 */
export async function seedConnectors(sandboxes: RunningSandboxes | undefined): Promise<ConnectorsDemo> {
  const demo: ConnectorsDemo = {};
  const slack = sandboxes?.url('slack');
  if (slack) {
    // A second `npm start` on the same data requests no approval again (the seed is idempotent) and its
    // sandbox starts empty: the DM went to the first run's sandbox. Then there is none to point at.
    const approverDm = await until(20_000, async () => {
      const messages = (await (await fetch(`${slack}/sandbox/messages`)).json()) as { channel: string; text: string }[];
      return messages.find((m) => m.channel.startsWith('D') && m.text.startsWith('Approval needed'));
    });
    demo.slack = { url: slack, token: SANDBOX_BOT_TOKEN, ...(approverDm ? { approverDm } : {}) };
  }
  const ramp = sandboxes?.url('ramp');
  if (ramp) {
    const stats = (await (await fetch(`${ramp}/sandbox/stats`)).json()) as { transactions: number };
    demo.ramp = { url: ramp, transactions: stats.transactions };
  }
  return demo;
}

async function until<T>(timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 250));
  }
}
