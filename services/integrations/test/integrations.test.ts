import { windowRequestId } from '@playbook/connector-kit/window';
import { json } from '@playbook/testing/http';
import { publishThrough } from '@playbook/testing/stand-ins';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSyncSchedule } from '../src/workers/request-scheduled-windows.worker.ts';
import { type Arranged, arrange, ORG } from './arrange.ts';

let t: Arranged;
beforeAll(async () => {
  t = await arrange('integrations');
}, 120_000);
afterAll(() => t?.world.dispose());

const DAY = 86_400_000;
const FROM = Date.parse('2026-03-01T00:00:00Z');
const TO = FROM + DAY;
const iso = (ms: number) => new Date(ms).toISOString();
const connector = async (system: string) => json(await t.request('GET', `/connectors/${system}`, 'admin'));

/** A Ramp batch as the connector publishes it (publishWindow): one window, its counts, rules and diagnostics. */
function rampBatch(from: number, to: number, requestId: string, counts: { fetched: number; accepted: number }) {
  return publishThrough(t.ramp, {
    type: 'integrations.ramp.RampTransactionsFetched',
    key: 'ramp:transactions',
    scope: { orgId: ORG },
    counts: { ...counts, skipped: counts.fetched - counts.accepted, part: 1, parts: 1, inPart: counts.accepted },
    rules: [{ name: 'ramp.window', parameters: { dataset: 'transactions', from: iso(from), to: iso(to) } }],
    diagnostics: { elapsedMs: 120, apiCalls: 4, pages: 3, rateLimitUnits: 1, retries: 1 },
    payload: {
      dataset: 'transactions',
      windowFrom: from,
      windowTo: to,
      part: 1,
      parts: 1,
      requestId,
      transactions: [],
    },
  });
}

describe('enabling and disabling connectors', () => {
  it('is an admin’s alone: finance, a producer and an admin of one event get 403 and nothing is recorded or published', async () => {
    for (const who of ['finance', 'producer', 'admin-at-event'] as const) {
      for (const action of ['enable', 'disable']) {
        const refused = await t.request('POST', `/connectors/ramp/${action}`, who, {});
        expect([refused.status, (await json(refused)).code], `${who} ${action}`).toEqual([403, 'AUTH.FORBIDDEN']);
      }
    }
    expect(await t.outbox()).toHaveLength(0);
    expect((await connector('ramp')).enabled).toBe(false);
  });

  it('records the configuration, publishes ConnectorEnabled once, and refuses a secret or an unknown system', async () => {
    const secret = await t.request('POST', '/connectors/ramp/enable', 'admin', {
      configuration: { baseUrl: 'https://api.ramp.com', clientSecret: 'shh-do-not-store' },
    });
    expect([secret.status, (await json(secret)).code]).toEqual([400, 'INTEGRATIONS.SECRET_IN_CONFIGURATION']);
    expect((await t.request('POST', '/connectors/salesforce/enable', 'admin', {})).status).toBe(404);

    const body = { configuration: { baseUrl: 'https://api.ramp.com' } };
    const enabled = await t.request('POST', '/connectors/ramp/enable', 'admin', body);
    expect(enabled.status).toBe(200);
    expect(await json(enabled)).toMatchObject({
      system: 'ramp',
      direction: 'in',
      datasets: ['transactions'],
      enabled: true,
      configuration: body.configuration,
      changedBy: 'admin',
      health: 'never-synced',
      lastSync: null,
    });
    expect((await t.request('POST', '/connectors/ramp/enable', 'admin', body)).status).toBe(200);
    const events = await t.outbox('integrations.ConnectorEnabled');
    expect(events).toHaveLength(1);
    expect(events[0]!.key).toBe('ramp');
    expect(events[0]!.payload.payload).toEqual({
      system: 'ramp',
      configuration: { baseUrl: 'https://api.ramp.com' },
      enabledBy: 'admin',
    });
    expect(JSON.stringify(await t.outbox())).not.toContain('shh-do-not-store');
  });

  it('lists all nine connectors to anyone with a grant at the organization, and not to one with an event grant', async () => {
    const page = await json(await t.request('GET', '/connectors?limit=100', 'finance'));
    expect(page.items.map((c: { system: string }) => c.system)).toEqual([
      'netsuite',
      'ramp',
      'nexonia',
      'hubspot',
      'bizzabo',
      'box',
      'google',
      'slack',
      'domo',
    ]);
    expect(page.items.find((c: { system: string }) => c.system === 'hubspot')).toMatchObject({
      enabled: false,
      health: 'disabled',
    });
    const first = await json(await t.request('GET', '/connectors?limit=4', 'finance'));
    const rest = await json(await t.request('GET', `/connectors?limit=100&cursor=${first.nextCursor}`, 'finance'));
    expect([...first.items, ...rest.items].map((c: { system: string }) => c.system)).toEqual(
      page.items.map((c: { system: string }) => c.system),
    );
    expect((await t.request('GET', '/connectors', 'producer')).status).toBe(403);
  });

  it('disables (ConnectorDisabled with the reason) and a disabled connector is refused a window with 409', async () => {
    expect((await t.request('POST', '/connectors/hubspot/enable', 'admin', {})).status).toBe(200);
    const disabled = await t.request('POST', '/connectors/hubspot/disable', 'admin', { reason: 'Rotating keys' });
    expect(await json(disabled)).toMatchObject({ enabled: false, health: 'disabled', disabledReason: 'Rotating keys' });
    const [event] = await t.outbox('integrations.ConnectorDisabled');
    expect(event!.payload.payload).toEqual({ system: 'hubspot', disabledBy: 'admin', reason: 'Rotating keys' });

    const before = (await t.outbox()).length;
    const refused = await t.request('POST', '/connectors/hubspot/sync', 'admin', { from: iso(FROM), to: iso(TO) });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(refused)).code).toBe('INTEGRATIONS.CONNECTOR_DISABLED');
    expect(await t.outbox()).toHaveLength(before);
  });
});

describe('asking for a window', () => {
  it('publishes SyncWindowRequested once per window, with the request id of system + dataset + from + to', async () => {
    const ask = { dataset: 'transactions', from: iso(FROM), to: iso(TO) };
    const first = await t.request('POST', '/connectors/ramp/sync', 'admin', ask);
    expect(first.status).toBe(202);
    const requestId = windowRequestId('ramp', 'transactions', { from: FROM, to: TO });
    expect(await json(first)).toMatchObject({ requestId, status: 'requested', attempt: 1, requestedBy: 'admin' });
    const again = await t.request('POST', '/connectors/ramp/sync', 'admin', ask);
    expect([again.status, (await json(again)).requestId]).toEqual([200, requestId]);
    const keyed = await t.request('POST', '/connectors/ramp/sync', 'admin', ask, { 'idempotency-key': 'k-1' });
    const replayed = await t.request('POST', '/connectors/ramp/sync', 'admin', ask, { 'idempotency-key': 'k-1' });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
    expect((await json(replayed)).requestId).toBe((await json(keyed)).requestId);

    const requested = await t.outbox('integrations.SyncWindowRequested');
    expect(requested).toHaveLength(1);
    expect(requested[0]!.key).toBe('ramp');
    expect(requested[0]!.payload).toMatchObject({
      scope: { orgId: ORG },
      actor: { kind: 'user', id: 'admin' },
      payload: {
        requestId,
        system: 'ramp',
        dataset: 'transactions',
        windowFrom: FROM,
        windowTo: TO,
        requestedBy: 'admin',
      },
    });
  });

  it('refuses a reversed window (400), an unknown dataset (400), an outbound-only connector (409) and a non-admin (403)', async () => {
    const before = (await t.outbox()).length;
    const reversed = await t.request('POST', '/connectors/ramp/sync', 'admin', { from: iso(TO), to: iso(FROM) });
    expect([reversed.status, (await json(reversed)).code]).toEqual([400, 'INTEGRATIONS.BAD_WINDOW']);
    const open = await t.request('POST', '/connectors/ramp/sync', 'admin', {
      from: iso(FROM),
      to: iso(Date.now() + DAY),
    });
    expect(open.status).toBe(400);
    const dataset = await t.request('POST', '/connectors/ramp/sync', 'admin', {
      dataset: 'users',
      from: iso(FROM),
      to: iso(TO),
    });
    expect([dataset.status, (await json(dataset)).code]).toEqual([400, 'INTEGRATIONS.UNKNOWN_DATASET']);
    expect((await t.request('POST', '/connectors/slack/enable', 'admin', {})).status).toBe(200);
    const outbound = await t.request('POST', '/connectors/slack/sync', 'admin', { from: iso(FROM), to: iso(TO) });
    expect([outbound.status, (await json(outbound)).code]).toEqual([409, 'INTEGRATIONS.OUTBOUND_ONLY']);
    const finance = await t.request('POST', '/connectors/ramp/sync', 'finance', { from: iso(FROM), to: iso(TO + DAY) });
    expect(finance.status).toBe(403);
    // Only slack's ConnectorEnabled was published meanwhile.
    expect(await t.outbox()).toHaveLength(before + 1);
  });
});

describe('what the connectors report', () => {
  it('a batch on a connector topic moves its last sync, counts and health, and fetches the window', async () => {
    const requestId = windowRequestId('ramp', 'transactions', { from: FROM, to: TO });
    await t.handled(await rampBatch(FROM, TO, requestId, { fetched: 12, accepted: 10 }));
    expect(await connector('ramp')).toMatchObject({
      health: 'healthy',
      windowsFetched: 1,
      lastSync: {
        dataset: 'transactions',
        from: iso(FROM),
        to: iso(TO),
        fetched: 12,
        accepted: 10,
        skipped: 2,
        diagnostics: { apiCalls: 4, pages: 3, rateLimitUnits: 1, retries: 1, elapsedMs: 120 },
      },
      lastError: null,
    });
    const windows = await json(await t.request('GET', '/connectors/ramp/windows?status=fetched', 'finance'));
    expect(windows.items).toEqual([
      expect.objectContaining({ requestId, status: 'fetched', fetched: 12, accepted: 10, skipped: 2, partsSeen: 1 }),
    ]);
    // The same window asked again after it was fetched: nothing new is asked.
    const again = await t.request('POST', '/connectors/ramp/sync', 'admin', { from: iso(FROM), to: iso(TO) });
    expect([again.status, (await json(again)).status]).toEqual([200, 'fetched']);
    expect(await t.outbox('integrations.SyncWindowRequested')).toHaveLength(1);
  });

  it('a failed window makes the connector failing with its reason; asked again, its next attempt is published', async () => {
    const w = { from: TO, to: TO + DAY };
    const asked = await json(
      await t.request('POST', '/connectors/ramp/sync', 'admin', { from: iso(w.from), to: iso(w.to) }),
    );
    const failed = await publishThrough(t.ramp, {
      type: 'integrations.ramp.RampWindowFailed',
      key: 'ramp:transactions',
      scope: { orgId: ORG },
      counts: { affected: 0, attempts: 3 },
      rules: [{ name: 'ramp.window', parameters: { from: iso(w.from), to: iso(w.to) } }],
      payload: {
        dataset: 'transactions',
        windowFrom: w.from,
        windowTo: w.to,
        requestId: asked.requestId,
        reason: 'GET /developer/v1/transactions answered 503 (after 5 attempts)',
        attempts: 3,
      },
    });
    await t.handled(failed);
    const ramp = await connector('ramp');
    expect(ramp.health).toBe('failing');
    expect(ramp.lastError.message).toMatch(/answered 503/);
    expect(ramp.lastSync.to).toBe(iso(TO));
    const [window] = (await json(await t.request('GET', `/connectors/ramp/windows?status=failed`, 'admin'))).items;
    expect(window).toMatchObject({ requestId: asked.requestId, status: 'failed', error: expect.stringMatching(/503/) });

    const retried = await t.request('POST', '/connectors/ramp/sync', 'admin', { from: iso(w.from), to: iso(w.to) });
    expect(retried.status).toBe(202);
    const next = await json(retried);
    expect(next).toMatchObject({ attempt: 2, status: 'requested', error: null });
    expect(next.requestId).toBe(windowRequestId('ramp', 'transactions', w, 2));
    expect(await t.outbox('integrations.SyncWindowRequested')).toHaveLength(3);

    await t.handled(await rampBatch(w.from, w.to, next.requestId, { fetched: 1, accepted: 1 }));
    expect(await connector('ramp')).toMatchObject({
      health: 'healthy',
      windowsFetched: 2,
      lastSync: { to: iso(w.to) },
    });
  });

  it('a window split in parts is fetched once every part came, counted once', async () => {
    const w = { from: TO + DAY, to: TO + 2 * DAY };
    const part = (n: number) =>
      publishThrough(t.ramp, {
        type: 'integrations.ramp.RampTransactionsFetched',
        key: 'ramp:transactions',
        scope: { orgId: ORG },
        counts: { fetched: 300, accepted: 300, skipped: 0, part: n, parts: 2, inPart: 150 },
        rules: [{ name: 'ramp.window', parameters: { dataset: 'transactions', from: iso(w.from), to: iso(w.to) } }],
        payload: {
          dataset: 'transactions',
          windowFrom: w.from,
          windowTo: w.to,
          part: n,
          parts: 2,
          requestId: 'elsewhere',
          transactions: [],
        },
      });
    await t.handled(await part(1));
    const listed = async () =>
      (await json(await t.request('GET', `/connectors/ramp/windows?from=${iso(w.from)}&to=${iso(w.to)}`, 'admin')))
        .items;
    expect(await listed()).toEqual([
      expect.objectContaining({ status: 'requested', partsSeen: 1, parts: 2, requestedBy: null }),
    ]);
    await t.handled(await part(2));
    expect(await listed()).toEqual([expect.objectContaining({ status: 'fetched', partsSeen: 2, fetched: 300 })]);
    expect((await connector('ramp')).windowsFetched).toBe(3);
  });

  it('a delivery of an outbound connector counts as its last sync', async () => {
    await t.handled(
      await publishThrough(t.slack, {
        type: 'integrations.slack.SlackMessageDelivered',
        key: 'delivery-1',
        scope: { orgId: ORG },
        payload: {
          deliveryId: 'delivery-1',
          kind: 'budget-alert',
          channel: 'C0BUDGETS',
          ts: '1700000000.000100',
          recipientUserId: null,
          subjectId: 'budget-1',
          text: 'Budget at 80 %',
          reused: false,
        },
      }),
    );
    expect(await connector('slack')).toMatchObject({ health: 'healthy', deliveries: 1, lastSync: { dataset: null } });
  });
});

describe('any connector, by its envelope alone', () => {
  it('a NetSuite window of its second dataset fails: the window and the connector say so', async () => {
    expect((await t.request('POST', '/connectors/netsuite/enable', 'admin', {})).status).toBe(200);
    const w = { from: FROM, to: TO };
    const asked = await json(
      await t.request('POST', '/connectors/netsuite/sync', 'admin', {
        dataset: 'accounts',
        from: iso(w.from),
        to: iso(w.to),
      }),
    );
    expect(asked).toMatchObject({ dataset: 'accounts', status: 'requested' });
    await t.handled(
      await publishThrough(t.netsuite, {
        type: 'integrations.netsuite.NetSuiteWindowFailed',
        key: 'netsuite:accounts',
        scope: { orgId: ORG },
        counts: { affected: 0, attempts: 3 },
        rules: [{ name: 'netsuite.window', parameters: { dataset: 'accounts', from: iso(w.from), to: iso(w.to) } }],
        payload: {
          dataset: 'accounts',
          windowFrom: w.from,
          windowTo: w.to,
          requestId: asked.requestId,
          reason: 'POST /services/rest/query/v1/suiteql answered 500',
          attempts: 3,
        },
      }),
    );
    expect(await connector('netsuite')).toMatchObject({ health: 'failing', lastSync: null });
    const [failed] = (await json(await t.request('GET', '/connectors/netsuite/windows?dataset=accounts', 'admin')))
      .items;
    expect(failed).toMatchObject({ requestId: asked.requestId, status: 'failed', error: expect.stringMatching(/500/) });
  });
});

describe('the schedule', () => {
  it('asks every enabled inbound connector for the last 24 hours, then for what came since, as the schedule', async () => {
    let now = Date.parse('2026-03-10T12:00:00Z');
    const schedule = startSyncSchedule(t.integrations, { intervalMs: 3_600_000, now: () => now });
    try {
      const before = (await t.outbox('integrations.SyncWindowRequested')).length;
      const first = await schedule.runOnce();
      const day = { from: now - DAY, to: now };
      expect(first.sort()).toEqual(
        [
          windowRequestId('netsuite', 'vendors', day),
          windowRequestId('netsuite', 'accounts', day),
          windowRequestId('ramp', 'transactions', day),
        ].sort(),
      );
      const asked = (await t.outbox('integrations.SyncWindowRequested')).slice(before);
      expect(asked).toHaveLength(3);
      expect(asked.find((a) => a.payload.payload.system === 'ramp')!.payload).toMatchObject({
        actor: { kind: 'schedule', id: 'integrations-schedule' },
        payload: { system: 'ramp', windowFrom: now - DAY, windowTo: now, requestedBy: 'integrations-schedule' },
      });
      expect(await schedule.runOnce()).toEqual([]);
      const end = now;
      now += 15 * 60_000;
      expect(await schedule.runOnce()).toContain(windowRequestId('ramp', 'transactions', { from: end, to: now }));
      // hubspot is disabled and slack only sends: neither was asked.
      const systems = (await t.outbox('integrations.SyncWindowRequested')).map((r) => r.payload.payload.system);
      expect(new Set(systems)).toEqual(new Set(['ramp', 'netsuite']));
    } finally {
      await schedule.stop();
    }
  });
});
