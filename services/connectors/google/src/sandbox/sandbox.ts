import { createVerify, randomUUID } from 'node:crypto';
import { faultState, type SandboxFaults } from '@playbook/connector-kit/sandbox';
import { type Context, Hono } from 'hono';
import type { CalendarEvent, DirectoryUser } from '../google-api.ts';
import { seedUsers } from './seed.ts';

export interface GoogleSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  refreshToken?: string;
  /** Service accounts the token endpoint accepts signed assertions from: email → public key (PEM). */
  serviceAccounts?: Record<string, string>;
  users?: DirectoryUser[];
  faults?: SandboxFaults;
}

/** Google's error body: `{ error: { code, message, status, errors: [{ domain, reason, message }] } }`. */
const googleError = (code: number, status: string, reason: string, message: string) => ({
  error: { code, message, status, errors: [{ domain: 'global', reason, message }] },
});
const BASE32HEX_ID = /^[a-v0-9]{5,1024}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A local Google Workspace of the APIs' shapes (discovery documents admin:directory_v1 and
 * calendar:v3): POST /token (OAuth 2.0: refresh_token, or a service account's RS256 jwt-bearer
 * assertion), GET /admin/directory/v1/users (customer, maxResults ≤ 500, pageToken → { kind, users,
 * nextPageToken }), and a calendar's events: insert (client-chosen base32hex id, 409 duplicate),
 * get, patch, list. Errors in Google's shape; 429 rateLimitExceeded with Retry-After when told.
 * GET /sandbox/calendars/:calendarId shows the entries; POST /sandbox/users adds users;
 * PUT /sandbox/faults injects 429s and failing pages.
 */
export function googleSandbox(o: GoogleSandboxOptions = {}) {
  const client = {
    id: o.clientId ?? 'sandbox-client.apps.googleusercontent.com',
    secret: o.clientSecret ?? 'sandbox-google-secret-change-me',
  };
  const refreshToken = o.refreshToken ?? '1//sandbox-refresh-token-change-me';
  const tokens = new Set<string>();
  const users: DirectoryUser[] = [...(o.users ?? [])];
  const calendars = new Map<string, Map<string, CalendarEvent & { created: string; updated: string }>>();
  const faults = faultState(o.faults);
  const stats = { inserts: 0, duplicates: 0, patches: 0 };
  const app = new Hono();

  const issue = (c: Context) => {
    const token = `ya29.sandbox-${randomUUID().replaceAll('-', '')}`;
    tokens.add(token);
    return c.json({ access_token: token, expires_in: 3599, token_type: 'Bearer' });
  };
  app.post('/token', async (c) => {
    const form = await c.req.parseBody();
    if (form.grant_type === 'refresh_token') {
      if (form.client_id !== client.id || form.client_secret !== client.secret)
        return c.json({ error: 'invalid_client', error_description: 'The OAuth client was not found.' }, 401);
      if (form.refresh_token !== refreshToken)
        return c.json({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' }, 400);
      return issue(c);
    }
    if (form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer') {
      const [header, claims, signature] = String(form.assertion ?? '').split('.');
      const payload = JSON.parse(Buffer.from(claims ?? '', 'base64url').toString() || '{}');
      const key = o.serviceAccounts?.[payload.iss];
      const signed =
        key &&
        createVerify('RSA-SHA256')
          .update(`${header}.${claims}`)
          .verify(key, Buffer.from(signature ?? '', 'base64url'));
      if (!signed || payload.exp * 1000 < Date.now())
        return c.json({ error: 'invalid_grant', error_description: 'Invalid JWT Signature.' }, 400);
      return issue(c);
    }
    return c.json({ error: 'unsupported_grant_type', error_description: 'Invalid grant_type.' }, 400);
  });

  for (const prefix of ['/admin/*', '/calendar/*'])
    app.use(prefix, async (c, next) => {
      if (faults.rateLimitNow())
        return c.json(googleError(429, 'RESOURCE_EXHAUSTED', 'rateLimitExceeded', 'Rate Limit Exceeded'), 429, {
          'retry-after': String(faults.state.faults.retryAfterSeconds ?? 1),
        });
      const token = (c.req.header('authorization') ?? '').replace(/^Bearer /, '');
      if (!tokens.has(token))
        return c.json(
          googleError(401, 'UNAUTHENTICATED', 'authError', 'Request had invalid authentication credentials.'),
          401,
        );
      await next();
    });

  app.get('/admin/directory/v1/users', (c) => {
    const q = c.req.query();
    if (!q.customer && !q.domain) return c.json(googleError(400, 'INVALID_ARGUMENT', 'badRequest', 'Bad Request'), 400);
    const max = Math.min(500, Math.max(1, Number(q.maxResults ?? 100)));
    const start = q.pageToken ? Number(Buffer.from(q.pageToken, 'base64url').toString()) : 0;
    if (!Number.isInteger(start))
      return c.json(googleError(400, 'INVALID_ARGUMENT', 'invalid', 'Invalid Input: pageToken'), 400);
    if (faults.failPageNow(Math.floor(start / max) + 1))
      return c.json(googleError(503, 'UNAVAILABLE', 'backendError', 'Backend Error'), 503);
    const sorted = [...users].sort((a, b) => a.primaryEmail.localeCompare(b.primaryEmail));
    const page = sorted.slice(start, start + max);
    const more = start + max < sorted.length;
    return c.json({
      kind: 'admin#directory#users',
      etag: `"${randomUUID()}"`,
      users: page.map((u) => ({ kind: 'admin#directory#user', ...u })),
      ...(more ? { nextPageToken: Buffer.from(String(start + max)).toString('base64url') } : {}),
    });
  });

  const calendar = (id: string) => {
    if (!calendars.has(id)) calendars.set(id, new Map());
    return calendars.get(id)!;
  };
  const invalid = (c: Context, message: string) =>
    c.json(googleError(400, 'INVALID_ARGUMENT', 'invalid', message), 400);
  const notFound = (c: Context) => c.json(googleError(404, 'NOT_FOUND', 'notFound', 'Not Found'), 404);
  const view = (calendarId: string, e: CalendarEvent & { created: string; updated: string }) => ({
    kind: 'calendar#event',
    etag: `"${Date.parse(e.updated)}"`,
    status: 'confirmed',
    htmlLink: `https://www.google.com/calendar/event?eid=${Buffer.from(`${e.id} ${calendarId}`).toString('base64url')}`,
    ...e,
  });
  const checkDates = (e: Partial<CalendarEvent>) =>
    (e.start && !DATE.test(e.start.date ?? '')) || (e.end && !DATE.test(e.end.date ?? ''))
      ? 'Invalid start or end date.'
      : e.start && e.end && e.end.date <= e.start.date
        ? 'The specified time range is empty.'
        : undefined;

  app.post('/calendar/v3/calendars/:calendarId/events', async (c) => {
    const body = (await c.req.json().catch(() => null)) as CalendarEvent | null;
    if (!body?.start || !body.end) return invalid(c, 'Missing end time.');
    const bad = checkDates(body);
    if (bad) return invalid(c, bad);
    const id = body.id ?? randomUUID().replaceAll('-', '');
    if (!BASE32HEX_ID.test(id)) return invalid(c, 'Invalid resource id value.');
    const events = calendar(c.req.param('calendarId'));
    if (events.has(id)) {
      stats.duplicates++;
      return c.json(googleError(409, 'ALREADY_EXISTS', 'duplicate', 'The requested identifier already exists.'), 409);
    }
    const now = new Date().toISOString();
    events.set(id, { ...body, id, created: now, updated: now });
    stats.inserts++;
    return c.json(view(c.req.param('calendarId'), events.get(id)!));
  });
  app.get('/calendar/v3/calendars/:calendarId/events/:eventId', (c) => {
    const e = calendar(c.req.param('calendarId')).get(c.req.param('eventId'));
    return e ? c.json(view(c.req.param('calendarId'), e)) : notFound(c);
  });
  app.patch('/calendar/v3/calendars/:calendarId/events/:eventId', async (c) => {
    const events = calendar(c.req.param('calendarId'));
    const e = events.get(c.req.param('eventId'));
    if (!e) return notFound(c);
    const changes = ((await c.req.json().catch(() => null)) ?? {}) as Partial<CalendarEvent>;
    const next = { ...e, ...changes, id: e.id, updated: new Date().toISOString() };
    const bad = checkDates(next);
    if (bad) return invalid(c, bad);
    events.set(e.id, next);
    stats.patches++;
    return c.json(view(c.req.param('calendarId'), next));
  });
  app.get('/calendar/v3/calendars/:calendarId/events', (c) =>
    c.json({
      kind: 'calendar#events',
      summary: c.req.param('calendarId'),
      items: [...calendar(c.req.param('calendarId')).values()].map((e) => view(c.req.param('calendarId'), e)),
    }),
  );

  app.get('/sandbox/calendars/:calendarId', (c) => c.json([...calendar(c.req.param('calendarId')).values()]));
  app.post('/sandbox/users', async (c) => {
    for (const u of (await c.req.json()) as DirectoryUser[]) if (!users.some((x) => x.id === u.id)) users.push(u);
    return c.json({ count: users.length }, 201);
  });
  app.put('/sandbox/faults', async (c) => {
    faults.set((await c.req.json()) as SandboxFaults);
    return c.json(faults.state);
  });
  app.get('/sandbox/stats', (c) => c.json({ ...faults.state, ...stats }));

  return { app, users, calendars, calendar, faults, stats };
}
export type GoogleSandbox = ReturnType<typeof googleSandbox>;

/** The sandbox the demo runs: a Workspace of forty people, an empty production calendar. */
export function demoSandbox(now = Date.now()) {
  return googleSandbox({ users: seedUsers(40, now) });
}
