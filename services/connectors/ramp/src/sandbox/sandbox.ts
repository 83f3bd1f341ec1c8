import { randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { Hono } from 'hono';
import type { RampApiTransaction } from '../ramp-api.ts';
import { seedTransactions } from './seed.ts';

export interface RampSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  transactions?: RampApiTransaction[];
  faults?: SandboxFaults;
}

const error = (code: string, message: string) => ({ error_v2: { error_code: code, message } });

/**
 * A local Ramp of the Developer API's shape (https://docs.ramp.com, Developer API v1): the
 * client-credentials token endpoint and GET /developer/v1/transactions with from_date / to_date,
 * `start` (the id after which a page starts) and `page_size`, answering `{ data, page: { next } }`.
 * POST /sandbox/transactions adds transactions; PUT /sandbox/faults injects 429s and failing pages.
 */
export function rampSandbox(o: RampSandboxOptions = {}) {
  const clientId = o.clientId ?? 'sandbox-client';
  const clientSecret = o.clientSecret ?? 'sandbox-secret-change-me';
  const store: RampApiTransaction[] = [...(o.transactions ?? [])];
  const tokens = new Set<string>();
  const faults = faultState(o.faults);
  const app = new Hono();
  const sorted = () =>
    [...store].sort(
      (a, b) => a.user_transaction_time.localeCompare(b.user_transaction_time) || a.id.localeCompare(b.id),
    );

  app.post('/developer/v1/token', async (c) => {
    const [kind, value] = (c.req.header('authorization') ?? '').split(' ');
    const [id, secret] = Buffer.from(value ?? '', 'base64')
      .toString()
      .split(':');
    if (kind !== 'Basic' || id !== clientId || secret !== clientSecret)
      return c.json({ error: 'invalid_client', error_description: 'Client authentication failed.' }, 401);
    const form = await c.req.parseBody();
    if (form.grant_type !== 'client_credentials') return c.json({ error: 'unsupported_grant_type' }, 400);
    const token = `ramp_tok_${randomUUID().replaceAll('-', '')}`;
    tokens.add(token);
    return c.json({ access_token: token, token_type: 'Bearer', expires_in: 864000, scope: String(form.scope ?? '') });
  });

  app.get('/developer/v1/transactions', (c) => {
    if (faults.rateLimitNow())
      return c.json(error('RATE_LIMITED', 'Too many requests'), 429, {
        'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
      });
    const token = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
    if (!tokens.has(token)) return c.json(error('UNAUTHORIZED', 'Invalid or expired token'), 401);
    const q = c.req.query();
    const pageSize = Math.min(100, Math.max(2, Number(q.page_size ?? 20)));
    const from = q.from_date ? Date.parse(q.from_date) : -Infinity;
    const to = q.to_date ? Date.parse(q.to_date) : Infinity;
    const inWindow = sorted().filter((t) => {
      const at = Date.parse(t.user_transaction_time);
      return at >= from && at < to;
    });
    const startAt = q.start ? inWindow.findIndex((t) => t.id === q.start) + 1 : 0;
    if (q.start && startAt === 0) return c.json(error('INVALID_CURSOR', 'Unknown start'), 400);
    const page = Math.floor(startAt / pageSize) + 1;
    if (faults.failPageNow(page)) return c.json(error('INTERNAL', 'Something went wrong'), 503);
    const data = inWindow.slice(startAt, startAt + pageSize);
    const more = startAt + pageSize < inWindow.length;
    const next = new URL(c.req.url);
    next.searchParams.set('start', data.at(-1)?.id ?? '');
    next.searchParams.set('page_size', String(pageSize));
    return c.json({ data, page: { next: more ? next.toString() : null } });
  });

  app.post('/sandbox/transactions', async (c) => {
    const added = (await c.req.json()) as RampApiTransaction[];
    for (const t of added) if (!store.some((s) => s.id === t.id)) store.push(t);
    return c.json({ count: store.length }, 201);
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json({ ...faults.state, transactions: store.length }));

  return { app, store, faults };
}

/** The demo's Ramp: 200 card transactions over the last 30 days, by three card holders. */
export function demoSandbox(now = Date.now()) {
  return rampSandbox({ transactions: seedTransactions(200, now - 30 * 86_400_000, now) });
}
