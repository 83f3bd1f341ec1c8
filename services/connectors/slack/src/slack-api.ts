import { createHttpClient } from '@playbook/connector-kit/http-client';
import { CodedError } from '@playbook/errors/coded-error';
import type { SlackSettings } from './env.ts';

type SlackResponse = { ok: boolean; error?: string } & Record<string, unknown>;
export interface PostedMessage {
  channel: string;
  ts: string;
}

/**
 * Slack's Web API (https://api.slack.com/methods): POST <method> with a bot token; HTTP 200 with
 * `ok: false` and an error code for failures, 429 with Retry-After when rate-limited (the client
 * honours it). chat.postMessage has no idempotency key: a delivery carries its id in the message
 * metadata, and conversations.history finds it again (look-up before create).
 */
export function slackApi(s: SlackSettings) {
  const client = createHttpClient({
    baseUrl: s.SLACK_BASE_URL,
    secrets: [s.SLACK_BOT_TOKEN],
    auth: async () => ({ authorization: `Bearer ${s.SLACK_BOT_TOKEN}` }),
    baseDelayMs: s.SLACK_RETRY_BASE_MS,
    maxRetries: s.SLACK_MAX_RETRIES,
  });
  async function call<T extends SlackResponse>(method: string, body: Record<string, unknown>, get = false): Promise<T> {
    const res = get
      ? await client.request<T>({ path: `/${method}`, query: body as Record<string, string> })
      : await client.request<T>({ method: 'POST', path: `/${method}`, json: body });
    if (!res.body?.ok) throw new CodedError('SLACK.API_ERROR', `${method}: ${res.body?.error ?? 'no answer'}`, 502);
    return res.body;
  }
  return {
    /** The Slack user with this email; undefined when the workspace has none (`users_not_found`). */
    async userIdByEmail(email: string): Promise<string | undefined> {
      const res = await client.request<SlackResponse & { user?: { id: string } }>({
        path: '/users.lookupByEmail',
        query: { email },
      });
      if (res.body?.ok && res.body.user) return res.body.user.id;
      if (res.body?.error === 'users_not_found') return undefined;
      throw new CodedError('SLACK.API_ERROR', `users.lookupByEmail: ${res.body?.error ?? 'no answer'}`, 502);
    },
    async openDm(userId: string): Promise<string> {
      const r = await call<SlackResponse & { channel: { id: string } }>('conversations.open', { users: userId });
      return r.channel.id;
    },
    async findDelivery(channel: string, deliveryId: string): Promise<PostedMessage | undefined> {
      const r = await call<
        SlackResponse & { messages: { ts: string; metadata?: { event_payload?: Record<string, string> } }[] }
      >('conversations.history', { channel, limit: '100', include_all_metadata: 'true' }, true);
      const found = r.messages.find((m) => m.metadata?.event_payload?.delivery_id === deliveryId);
      return found ? { channel, ts: found.ts } : undefined;
    },
    async post(channel: string, text: string, deliveryId: string): Promise<PostedMessage> {
      const r = await call<SlackResponse & { channel: string; ts: string }>('chat.postMessage', {
        channel,
        text,
        metadata: { event_type: 'playbook_delivery', event_payload: { delivery_id: deliveryId } },
      });
      return { channel: r.channel, ts: r.ts };
    },
  };
}
export type SlackApi = ReturnType<typeof slackApi>;
