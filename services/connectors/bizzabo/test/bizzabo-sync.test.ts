import { randomUUID } from 'node:crypto';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bizzaboDefinition } from '../src/definition.ts';
import { bizzaboSandbox } from '../src/sandbox/sandbox.ts';
import { seedEvent } from '../src/sandbox/seed.ts';

const ORG = 'org-bizzabo';
const SECRET = 'bizzabo-test-secret-7c6b5a4d3e2f';
const DAY = 86_400_000;
const T0 = Date.parse('2026-03-01T00:00:00Z');
const T1 = T0 + 10 * DAY;
const SUMMIT = seedEvent(391636, 'Summit', {
  count: 450,
  from: T0,
  to: T1,
  capacity: 500,
  checkInShare: 0.4,
  answers: 30,
});
const MEETUP = seedEvent(391700, 'Meetup', { count: 40, from: T0, to: T1, capacity: 60 });
const EMPTY = seedEvent(391800, 'Next year', { count: 0, from: T0, to: T1 });
let world: TestWorld;
let integrations: Service;
let bizzabo: Service;
let worker: SyncWorker;
let server: RunningSandbox;
const sandbox = bizzaboSandbox({ clientSecret: SECRET, events: [SUMMIT, MEETUP, EMPTY] });

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('bizzabo');
  integrations = await world.start({ name: 'integrations' });
  const env = {
    BIZZABO_BASE_URL: server.url,
    BIZZABO_AUTH_URL: server.url,
    BIZZABO_CLIENT_SECRET: SECRET,
    BIZZABO_PAGE_SIZE: '100',
    BIZZABO_SYNC_INTERVAL_MS: '60000',
    BIZZABO_RETRY_BASE_MS: '5',
  };
  bizzabo = await world.start(bizzaboDefinition({ env, onWorker: (w) => (worker = w) }));
});
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

/** Asks Bizzabo for a window through integrations' topic and waits until the connector queued it. */
async function requestWindow(from: number, to: number) {
  const requestId = randomUUID();
  await publishThrough(
    integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'bizzabo',
      scope: { orgId: ORG },
      payload: {
        requestId,
        system: 'bizzabo',
        dataset: 'registrations',
        windowFrom: from,
        windowTo: to,
        requestedBy: 'admin',
      },
    },
    'admin',
  );
  await eventually(
    async () =>
      expect(await bizzabo.sql()`select 1 from sync_requests where request_id = ${requestId}`).toHaveLength(1),
    { timeoutMs: 30_000 },
  );
  await worker.drain();
  return requestId;
}
const batches = (requestId: string) =>
  bizzabo.sql()<{ message_id: string; type: string; payload: any }[]>`
    select id as message_id, type, payload from outbox where payload->'payload'->>'requestId' = ${requestId} order by seq`;
const validBefore = (regs: typeof SUMMIT.registrations, at: number) =>
  regs.filter((r) => Date.parse(r.registrationDate) < at && r.validity === 'valid');

describe('the Bizzabo connector', () => {
  it('pages through events, registrations and survey answers, and publishes counts as of the window end', async () => {
    const id = await requestWindow(T1 - DAY, T1 + DAY);
    const [batch, ...more] = await batches(id);
    expect(more).toEqual([]);
    expect(batch!.type).toBe('integrations.bizzabo.BizzaboRegistrationsFetched');
    const env = batch!.payload;
    const summit = validBefore(SUMMIT.registrations, T1 + DAY);
    expect(env.payload.events).toEqual([
      {
        bizzaboEventId: '391636',
        name: 'Summit',
        capacity: 500,
        registered: summit.length,
        cancelled: 450 - summit.length,
        checkedIn: summit.filter((r) => r.checkedin).length,
        npsSurveyId: 'survey-391636',
        // The seed cycles 10, 9, 8, 10, 6, 9, 7, 10, 3, 9 three times.
        npsAnswers: [0, 0, 0, 3, 0, 0, 3, 3, 3, 9, 9],
      },
      expect.objectContaining({
        bizzaboEventId: '391700',
        registered: validBefore(MEETUP.registrations, T1 + DAY).length,
        npsAnswers: [],
      }),
    ]);
    expect(summit.filter((r) => r.checkedin).length).toBeGreaterThan(100);
    // Three events listed; the one with nothing registered and nothing answered is skipped.
    expect(env.counts).toMatchObject({ fetched: 3, accepted: 2, skipped: 1, parts: 1 });
    // token + events (1 page) + summit registrations (5) + its answers (1) + meetup (1 + 1) + empty (1 + 1)
    expect(env.diagnostics).toMatchObject({ apiCalls: 12, pages: 11, retries: 0, rateLimitUnits: 0 });
    expect(env.rules).toContainEqual({
      name: 'bizzabo.filters',
      parameters: expect.objectContaining({ asOf: new Date(T1 + DAY).toISOString() }),
    });
    expect(env.actor).toMatchObject({ kind: 'connector', id: 'bizzabo' });
  });

  it('counts only what was registered and answered before the window end', async () => {
    const mid = T0 + 5 * DAY;
    const [batch] = await batches(await requestWindow(mid - DAY, mid));
    const [summit] = batch!.payload.payload.events;
    expect(summit).toMatchObject({
      registered: validBefore(SUMMIT.registrations, mid).length,
      npsAnswers: [],
      npsSurveyId: null,
    });
    expect(summit.registered).toBeLessThan(validBefore(SUMMIT.registrations, T1).length);
  });

  it('gives a re-fetched window the same message ids: the outbox (and every inbox downstream) keeps the first', async () => {
    const first = await batches(await requestWindow(T0, T0 + 2 * DAY));
    const againId = await requestWindow(T0, T0 + 2 * DAY);
    expect(first).toHaveLength(1);
    expect(await batches(againId)).toEqual([]);
    const [row] = await bizzabo.sql()`select status from sync_requests where request_id = ${againId}`;
    expect(row).toMatchObject({ status: 'done' });
    expect(await bizzabo.sql()`select id from outbox where id = ${first[0]!.message_id}`).toHaveLength(1);
  });

  it('honours 429 Retry-After and a failing page that recovers, and counts them', async () => {
    sandbox.faults.set({ rateLimitEvery: 3, retryAfterSeconds: 0, failPage: 2, failTimes: 2 });
    const [batch] = await batches(await requestWindow(T0 + 2 * DAY, T0 + 3 * DAY));
    sandbox.faults.set({});
    const d = batch!.payload.diagnostics;
    expect(d.rateLimitUnits).toBeGreaterThan(0);
    expect(d.retries).toBeGreaterThanOrEqual(2 + d.rateLimitUnits);
    expect(batch!.payload.payload.events[0].registered).toBe(validBefore(SUMMIT.registrations, T0 + 3 * DAY).length);
  });

  it('a page that keeps failing publishes nothing of the window, then BizzaboWindowFailed with the reason', async () => {
    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    const id = await requestWindow(T0 + 3 * DAY, T0 + 4 * DAY);
    for (let i = 0; i < 2; i++) {
      await bizzabo.sql()`update sync_requests set next_attempt_at = now() where request_id = ${id}`;
      await worker.drain();
    }
    sandbox.faults.set({});
    const out = await batches(id);
    expect(out.map((b) => b.type)).toEqual(['integrations.bizzabo.BizzaboWindowFailed']);
    expect(out[0]!.payload.payload).toMatchObject({ attempts: 3, dataset: 'registrations' });
    expect(out[0]!.payload.payload.reason).toMatch(/GET \/v1\/events answered 503/);
    const [row] = await bizzabo.sql()`select status, attempts from sync_requests where request_id = ${id}`;
    expect(row).toMatchObject({ status: 'failed', attempts: 3 });
  });

  it('never puts the client secret, a token or an attendee into an envelope or a stored error', async () => {
    const everything = JSON.stringify(await bizzabo.sql()`select payload from outbox`);
    const errors = JSON.stringify(await bizzabo.sql()`select last_error from sync_requests`);
    expect(errors).toMatch(/503/);
    for (const text of [everything, errors]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/bzb_/);
      expect(text).not.toContain('@example.com');
    }
  });
});
