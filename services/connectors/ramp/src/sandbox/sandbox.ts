import { randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { Hono } from 'hono';
import type { RampApiTransaction } from '../ramp-api.ts';
import { seedTransactions } from './seed.ts';
import { arraySource, type TransactionSource } from './source.ts';

export { generatedSource, type GeneratedTransactions, type TransactionSource } from './source.ts';

export interface RampSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  transactions?: RampApiTransaction[];
  /** Serve these instead of `transactions` (e.g. a generatedSource of a million); read-only. */
  source?: TransactionSource;
  faults?: SandboxFaults;
}

/** Ramp's page_size: 2 to 10,000, 1,000 when not given (the transactions list in Ramp's OpenAPI document). */
const MAX_PAGE_SIZE = 10_000;
const DEFAULT_PAGE_SIZE = 1_000;

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
  const source = o.source ?? arraySource(store);
  const tokens = new Set<string>();
  const faults = faultState(o.faults);
  const app = new Hono();

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
    const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(2, Number(q.page_size ?? DEFAULT_PAGE_SIZE)));
    const from = q.from_date ? Date.parse(q.from_date) : -Infinity;
    const to = q.to_date ? Date.parse(q.to_date) : Infinity;
    const { lo, hi } = source.range(from, to);
    const cursor = q.start ? source.positionOf(q.start) : -1;
    if (q.start && (cursor < lo || cursor >= hi)) return c.json(error('INVALID_CURSOR', 'Unknown start'), 400);
    const startAt = q.start ? cursor + 1 - lo : 0;
    const page = Math.floor(startAt / pageSize) + 1;
    if (faults.failPageNow(page)) return c.json(error('INTERNAL', 'Something went wrong'), 503);
    const end = Math.min(hi, lo + startAt + pageSize);
    const data: RampApiTransaction[] = [];
    for (let i = lo + startAt; i < end; i++) data.push(source.at(i));
    const more = end < hi;
    const next = new URL(c.req.url);
    next.searchParams.set('start', data.at(-1)?.id ?? '');
    next.searchParams.set('page_size', String(pageSize));
    return c.json({ data, page: { next: more ? next.toString() : null } });
  });

  app.post('/sandbox/transactions', async (c) => {
    if (o.source) return c.json(error('READ_ONLY', 'This sandbox serves a generated source'), 409);
    const added = (await c.req.json()) as RampApiTransaction[];
    for (const t of added) if (!store.some((s) => s.id === t.id)) store.push(t);
    return c.json({ count: store.length }, 201);
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json({ ...faults.state, transactions: store.length }));

  return { app, store, source, faults };
}

/** The demo's Ramp: 200 card transactions over the last 30 days, by three card holders. */
export function demoSandbox(now = Date.now()) {
  return rampSandbox({ transactions: seedTransactions(200, now - 30 * 86_400_000, now) });
}
