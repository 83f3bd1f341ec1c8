import { randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { type Context, Hono } from 'hono';
import { AUDIENCE, type BizzaboApiRegistration, type BizzaboApiSurveyResponse } from '../bizzabo-api.ts';
import { type SeededEvent, seedEvent } from './seed.ts';

export interface BizzaboSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  accountId?: string;
  events?: SeededEvent[];
  faults?: SandboxFaults;
}

const error = (errorCode: string, message: string) => ({
  error: 'An error occurred while processing your request',
  errorCode,
  message,
});

/**
 * A local Bizzabo of the Partner API's shape (https://bizzabo.stoplight.io/docs/bizzabo-partner-apis):
 * POST /oauth/token (JSON client credentials with account_id and audience), then GET /v1/events,
 * /v1/events/{eventId}/registrations and /v1/events/{eventId}/surveys/responses (modelled), each
 * paged with `page` (from 0) and `size`, answering `{ content, page: { number, size, totalElements,
 * totalPages } }`; errors `{ error, errorCode, message }`; 429 with Retry-After.
 * POST /sandbox/events adds events (with registrations and answers); PUT /sandbox/faults injects faults.
 */
export function bizzaboSandbox(o: BizzaboSandboxOptions = {}) {
  const clientId = o.clientId ?? 'sandbox-client';
  const clientSecret = o.clientSecret ?? 'bizzabo-sandbox-secret-change-me';
  const accountId = o.accountId ?? '145306';
  const store: SeededEvent[] = [...(o.events ?? [])];
  const tokens = new Set<string>();
  const faults = faultState(o.faults);
  const app = new Hono();

  app.post('/oauth/token', async (c) => {
    const body = (await c.req.json().catch(() => ({}))) as Record<string, unknown>;
    if (body.grant_type !== 'client_credentials')
      return c.json({ error: 'unsupported_grant_type', error_description: 'Use client_credentials.' }, 400);
    if (body.client_id !== clientId || body.client_secret !== clientSecret || String(body.account_id) !== accountId)
      return c.json({ error: 'access_denied', error_description: 'Unauthorized' }, 401);
    if (body.audience !== AUDIENCE)
      return c.json({ error: 'access_denied', error_description: 'Service not found: audience' }, 403);
    const token = `bzb_${randomUUID().replaceAll('-', '')}`;
    tokens.add(token);
    return c.json({ access_token: token, token_type: 'Bearer', expires_in: 86400, scope: 'all' });
  });

  /** The common gate of every API call (rate limit, token) and its paging; undefined when refused. */
  function paged<T>(c: Context, items: () => T[] | undefined) {
    if (faults.rateLimitNow())
      return c.json(error('too_many_requests', 'Rate limit exceeded'), 429, {
        'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
      });
    const token = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
    if (!tokens.has(token)) return c.json(error('invalid_token', 'Invalid or expired token'), 401);
    const page = Number(c.req.query('page') ?? 0);
    const size = Number(c.req.query('size') ?? 20);
    if (!Number.isInteger(page) || page < 0 || !Number.isInteger(size) || size < 1 || size > 200)
      return c.json(error('bad_request', 'page is 0 or more; size is 1 to 200'), 400);
    const all = items();
    if (!all) return c.json(error('not_found', 'Event not found'), 404);
    if (faults.failPageNow(page + 1))
      return c.json(error('internal_error', 'Something went wrong'), (faults.state.faults.failStatus ?? 503) as 503);
    return c.json({
      content: all.slice(page * size, (page + 1) * size),
      page: { number: page, size, totalElements: all.length, totalPages: Math.ceil(all.length / size) },
    });
  }
  const find = (id: string) => store.find((e) => String(e.event.id) === id);

  app.get('/v1/events', (c) => paged(c, () => store.map((e) => e.event)));
  app.get('/v1/events/:eventId/registrations', (c) =>
    paged<BizzaboApiRegistration>(c, () => find(c.req.param('eventId'))?.registrations),
  );
  app.get('/v1/events/:eventId/surveys/responses', (c) =>
    paged<BizzaboApiSurveyResponse>(c, () => find(c.req.param('eventId'))?.responses),
  );

  app.post('/sandbox/events', async (c) => {
    for (const e of (await c.req.json()) as SeededEvent[]) {
      const known = find(String(e.event.id));
      if (known) {
        known.registrations.push(...e.registrations.filter((r) => !known.registrations.some((k) => k.id === r.id)));
        known.responses.push(...e.responses.filter((r) => !known.responses.some((k) => k.id === r.id)));
      } else store.push(e);
    }
    return c.json({ count: store.length }, 201);
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json(faults.state));

  return { app, store, faults };
}

/** Bizzabo event id of the demo's summit: link it with PATCH /events/{eventId} `{ externalIds: { bizzabo } }`. */
export const DEMO_BIZZABO_EVENT_ID = 391636;

/** The sandbox with the demo summit (420 registrations over 60 days, a third checked in, 40 NPS answers) and a smaller meetup. */
export function demoSandbox(now = Date.now()) {
  const from = now - 60 * 86_400_000;
  return bizzaboSandbox({
    events: [
      seedEvent(DEMO_BIZZABO_EVENT_ID, 'Summit', {
        count: 420,
        from,
        to: now,
        capacity: 500,
        checkInShare: 0.33,
        answers: 40,
      }),
      seedEvent(391700, 'Partner meetup', { count: 60, from, to: now, capacity: 80 }),
    ],
  });
}
