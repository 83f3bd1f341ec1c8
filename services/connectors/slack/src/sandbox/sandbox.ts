import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { Hono } from 'hono';

export interface SandboxMessage {
  channel: string;
  ts: string;
  text: string;
  metadata?: { event_type: string; event_payload: Record<string, string> };
}

/**
 * A local Slack of the Web API's shape (https://api.slack.com/methods; the methods as of the
 * slack-api-specs Web API OpenAPI v2): users.lookupByEmail, conversations.open, chat.postMessage,
 * conversations.history; `{ ok: false, error }` with HTTP 200 for failures, 429 + Retry-After when
 * rate-limited. GET /sandbox/messages shows what was posted; PUT /sandbox/faults injects 429s.
 */
export function slackSandbox(o: { token?: string; users?: Record<string, string>; faults?: SandboxFaults } = {}) {
  const token = o.token ?? 'xoxb-sandbox-token';
  const users = new Map(Object.entries(o.users ?? {}));
  const messages: SandboxMessage[] = [];
  const faults = faultState(o.faults);
  let clock = 1_700_000_000;
  const app = new Hono();

  app.use('/api/*', async (c, next) => {
    if (faults.rateLimitNow())
      return c.json({ ok: false, error: 'ratelimited' }, 429, {
        'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
      });
    if (c.req.header('authorization') !== `Bearer ${token}`) return c.json({ ok: false, error: 'invalid_auth' });
    await next();
  });
  const body = async (c: { req: { json: () => Promise<unknown> } }) =>
    (await c.req.json().catch(() => ({}))) as Record<string, unknown>;

  app.get('/api/users.lookupByEmail', (c) => {
    const id = users.get(c.req.query('email') ?? '');
    return id
      ? c.json({ ok: true, user: { id, profile: { email: c.req.query('email') } } })
      : c.json({ ok: false, error: 'users_not_found' });
  });
  app.post('/api/conversations.open', async (c) => {
    const user = String((await body(c)).users ?? '');
    if (![...users.values()].includes(user)) return c.json({ ok: false, error: 'user_not_found' });
    return c.json({ ok: true, channel: { id: `D${user}` } });
  });
  app.post('/api/chat.postMessage', async (c) => {
    const b = await body(c);
    if (!b.channel) return c.json({ ok: false, error: 'channel_not_found' });
    if (!b.text) return c.json({ ok: false, error: 'no_text' });
    const message: SandboxMessage = {
      channel: String(b.channel),
      ts: `${++clock}.000100`,
      text: String(b.text),
      metadata: b.metadata as SandboxMessage['metadata'],
    };
    messages.push(message);
    return c.json({ ok: true, channel: message.channel, ts: message.ts, message: { text: message.text } });
  });
  app.get('/api/conversations.history', (c) => {
    const channel = c.req.query('channel');
    const found = messages
      .filter((m) => m.channel === channel)
      .reverse()
      .slice(0, Number(c.req.query('limit') ?? 100));
    return c.json({ ok: true, messages: found, has_more: false });
  });
  app.get('/sandbox/messages', (c) => c.json(messages));
  app.put('/sandbox/users', async (c) => {
    for (const [email, id] of Object.entries(await body(c))) users.set(email, String(id));
    return c.json({ ok: true });
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await body(c)) as SandboxFaults);
    return c.json(faults.state);
  });
  return { app, messages, users, faults };
}

/**
 * The demo's Slack workspace: the people of the launcher's demo organization (Lumen, an event agency)
 * are members, so approval DMs reach them; the alert channel is the connector's default.
 */
export function demoSandbox() {
  return slackSandbox({
    users: {
      'alex@lumen.example': 'U0LUMENALEX',
      'pat@lumen.example': 'U0LUMENPAT',
      'fran@lumen.example': 'U0LUMENFRAN',
      'vic@lumen.example': 'U0LUMENVIC',
    },
  });
}
