import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarEventIdOf } from '../src/calendar/calendar-entry.ts';
import { publishEventDates } from '../src/calendar/calendar.commands.ts';
import { googleDefinition } from '../src/definition.ts';
import { googleSettings } from '../src/env.ts';
import { googleApi } from '../src/google-api.ts';
import { googleSandbox } from '../src/sandbox/sandbox.ts';
import { seedUsers } from '../src/sandbox/seed.ts';

const ORG = 'org-google';
const SECRET = 'google-test-secret-3e4f5a6b7c8d';
const REFRESH = '1//google-test-refresh-9a8b7c6d5e';
const CALENDAR = 'production@lumen.example';
const SCOPE = { orgId: ORG, clientId: 'client-1', eventId: 'event-g' };
const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SA = 'playbook@lumen-project.iam.gserviceaccount.com';
const sandbox = googleSandbox({
  clientSecret: SECRET,
  refreshToken: REFRESH,
  users: seedUsers(230),
  serviceAccounts: { [SA]: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
});
let server: RunningSandbox;
let world: TestWorld;
let integrations: Service;
let eventsStandIn: Service;
let google: Service;
let worker: SyncWorker;
let env: Record<string, string>;

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('google');
  integrations = await world.start({ name: 'integrations' });
  eventsStandIn = await world.start({ name: 'events' });
  env = {
    GOOGLE_BASE_URL: server.url,
    GOOGLE_CLIENT_SECRET: SECRET,
    GOOGLE_REFRESH_TOKEN: REFRESH,
    GOOGLE_CALENDAR_ID: CALENDAR,
    GOOGLE_PAGE_SIZE: '50',
    GOOGLE_SYNC_INTERVAL_MS: '60000',
    GOOGLE_RETRY_BASE_MS: '5',
  };
  google = await world.start(googleDefinition({ env, maxPartBytes: 20_000, onWorker: (w) => (worker = w) }));
}, 60_000);
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

async function requestWindow(from: number, to: number) {
  const requestId = randomUUID();
  await publishThrough(integrations, {
    type: 'integrations.SyncWindowRequested',
    key: 'google',
    scope: { orgId: ORG },
    payload: { requestId, system: 'google', dataset: 'users', windowFrom: from, windowTo: to, requestedBy: 'admin' },
  });
  await eventually(
    async () => expect(await google.sql()`select 1 from sync_requests where request_id = ${requestId}`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
  await worker.drain();
  return requestId;
}
const batches = (requestId: string) =>
  google.sql()<{ message_id: string; type: string; payload: any }[]>`
    select id as message_id, type, payload from outbox where payload->'payload'->>'requestId' = ${requestId} order by seq`;
const published = () =>
  google.sql()<{ payload: any }[]>`
    select payload from outbox where type = 'integrations.google.CalendarEventPublished' order by seq`;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const HOUR = 3_600_000;

describe('the Google Workspace connector: directory users in', () => {
  it('follows nextPageToken through every users.list page and publishes the directory in parts', async () => {
    sandbox.faults.set({});
    const out = await batches(await requestWindow(T0, T0 + HOUR));
    expect(out.length).toBeGreaterThan(1);
    const users = out.flatMap((b) => b.payload.payload.users);
    expect(users).toHaveLength(230);
    expect(new Set(users.map((u: { id: string }) => u.id)).size).toBe(230);
    expect(users[0]).toMatchObject({ primaryEmail: expect.stringMatching(/@lumen\.example$/), archived: false });
    expect(users.filter((u: { suspended: boolean }) => u.suspended).length).toBe(20);
    const e = out[0]!.payload;
    expect(e.counts).toMatchObject({ fetched: 230, accepted: 230, skipped: 0, parts: out.length });
    expect(e.diagnostics).toMatchObject({ pages: 5, apiCalls: 6, retries: 0, rateLimitUnits: 0 });
    expect(e.producer.module).toBe('integrations.google');
  });

  it('gives a re-fetched window the same message ids', async () => {
    const first = await batches(await requestWindow(T0 + HOUR, T0 + 2 * HOUR));
    const again = await requestWindow(T0 + HOUR, T0 + 2 * HOUR);
    expect(first.length).toBeGreaterThan(0);
    expect(await batches(again)).toEqual([]);
    expect(await google.sql()`select status from sync_requests where request_id = ${again}`).toEqual([
      { status: 'done' },
    ]);
  });

  it('honours 429 Retry-After and a failing page that recovers; a page failing for good publishes GoogleWindowFailed', async () => {
    sandbox.faults.set({ rateLimitEvery: 3, retryAfterSeconds: 0, failPage: 2, failTimes: 2 });
    const [b] = await batches(await requestWindow(T0 + 2 * HOUR, T0 + 3 * HOUR));
    expect(b!.payload.diagnostics.rateLimitUnits).toBeGreaterThan(0);
    expect(b!.payload.diagnostics.retries).toBeGreaterThanOrEqual(2 + b!.payload.diagnostics.rateLimitUnits);

    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    const id = await requestWindow(T0 + 3 * HOUR, T0 + 4 * HOUR);
    for (let i = 0; i < 3; i++) {
      await google.sql()`update sync_requests set next_attempt_at = now() where request_id = ${id}`;
      await worker.drain();
    }
    sandbox.faults.set({});
    const out = await batches(id);
    expect(out.map((x) => x.type)).toEqual(['integrations.google.GoogleWindowFailed']);
    expect(out[0]!.payload.payload.reason).toMatch(/GET \/admin\/directory\/v1\/users answered 503/);
  });
});

describe('the Google Workspace connector: event dates out to Calendar', () => {
  const created = {
    type: 'events.EventCreated' as const,
    key: 'event-g',
    scope: SCOPE,
    payload: {
      eventId: 'event-g',
      clientId: 'client-1',
      name: 'Northwind Summit',
      startsOn: '2026-06-10',
      endsOn: '2026-06-12',
      timezone: 'America/Chicago',
      venue: 'McCormick Place',
      status: 'draft',
    },
  };
  const entries = () => [...sandbox.calendar(CALENDAR).values()];

  it('inserts an all-day entry with an id derived from the event, through 429s, and publishes it', async () => {
    sandbox.faults.set({ rateLimitEvery: 2, retryAfterSeconds: 0 });
    await publishThrough(eventsStandIn, created);
    await eventually(async () => expect(await published()).toHaveLength(1), { timeoutMs: 30_000 });
    sandbox.faults.set({});
    expect(entries()).toHaveLength(1);
    const id = calendarEventIdOf(ORG, 'event-g');
    expect(id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(entries()[0]).toMatchObject({
      id,
      summary: 'Northwind Summit',
      location: 'McCormick Place',
      start: { date: '2026-06-10', timeZone: 'America/Chicago' },
      end: { date: '2026-06-13' },
    });
    const [p] = await published();
    expect(p!.payload.payload).toMatchObject({
      calendarEventId: id,
      action: 'created',
      reused: false,
      calendarId: CALENDAR,
    });
    expect(p!.payload.scope).toEqual(SCOPE);
  });

  it('a redelivered EventCreated meets 409 and counts as delivered: still one entry', async () => {
    const envelope = (
      await eventsStandIn.sql()<{ payload: any }[]>`
      select payload from outbox where type = 'events.EventCreated'`
    )[0]!.payload;
    const api = googleApi(googleSettings.parse(env));
    const out: any[] = [];
    const action = await google
      .sql()
      .begin((tx) =>
        publishEventDates(tx, { publish: async (i: any) => out.push(i) } as never, api, CALENDAR, 'again', envelope),
      );
    expect(action).toBe('unchanged');
    expect(out[0].payload).toMatchObject({ action: 'unchanged', reused: true });
    expect(entries()).toHaveLength(1);
    expect(sandbox.stats.duplicates).toBe(1);
  });

  it('patches the entry when the dates change, and leaves it alone when nothing it shows changed', async () => {
    const updated = {
      ...created,
      type: 'events.EventUpdated' as const,
      payload: { ...created.payload, startsOn: '2026-06-11', endsOn: '2026-06-14', status: undefined },
    };
    delete (updated.payload as { status?: string }).status;
    await publishThrough(eventsStandIn, updated);
    await eventually(async () => expect(await published()).toHaveLength(2), { timeoutMs: 30_000 });
    expect(entries()).toHaveLength(1);
    expect(entries()[0]).toMatchObject({ start: { date: '2026-06-11' }, end: { date: '2026-06-15' } });
    expect((await published())[1]!.payload.payload).toMatchObject({ action: 'updated', startsOn: '2026-06-11' });

    const patches = sandbox.stats.patches;
    const messageId = await publishThrough(eventsStandIn, updated);
    await eventually(async () => {
      const seen = await google.sql()`select 1 from inbox where message_id = ${messageId}`;
      expect(seen).toHaveLength(1);
    });
    expect(sandbox.stats.patches).toBe(patches);
    expect(await published()).toHaveLength(2);
  });

  it('authenticates as a service account with a signed assertion, and is refused with a wrong key', async () => {
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const asAccount = googleApi(
      googleSettings.parse({ GOOGLE_BASE_URL: server.url, GOOGLE_SERVICE_ACCOUNT_EMAIL: SA, GOOGLE_PRIVATE_KEY: pem }),
    );
    expect(await asAccount.accessToken()).toMatch(/^ya29\./);
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const impostor = googleApi(
      googleSettings.parse({
        GOOGLE_BASE_URL: server.url,
        GOOGLE_SERVICE_ACCOUNT_EMAIL: SA,
        GOOGLE_PRIVATE_KEY: other.toString(),
      }),
    );
    await expect(impostor.accessToken()).rejects.toThrow(/answered 400: .*invalid_grant/);
  });

  it('answers errors in Google’s shape', async () => {
    const res = await fetch(`${server.url}/calendar/v3/calendars/x/events/nope`);
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({
      error: { code: 401, status: 'UNAUTHENTICATED', errors: [{ reason: 'authError' }] },
    });
  });

  it('never puts a credential into an envelope or a stored error', async () => {
    const everything = JSON.stringify(await google.sql()`select payload, headers from outbox`);
    const errors = JSON.stringify(await google.sql()`select last_error from sync_requests`);
    for (const text of [everything, errors]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(REFRESH);
      expect(text).not.toMatch(/ya29\./);
    }
  });
});
