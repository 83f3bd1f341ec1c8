import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { definition } from '../src/definition.ts';
import { body, createWorld, type World } from './harness.ts';

const ORG = 'org-acme';
let world: World;
let vendors: Service;
const tokens: Record<string, string> = {};

const call = (method: string, path: string, who: string, payload?: unknown, headers: Record<string, string> = {}) =>
  vendors.app.request(path, {
    method,
    headers: {
      authorization: tokens[who]!,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
const outbox = (type: string) =>
  vendors.sql()<{ key: string; payload: any }[]>`select key, payload from outbox where type = ${type} order by seq`;
const outboxCount = async () => (await vendors.sql()`select count(*)::int as n from outbox`)[0]!.n as number;

async function seedEvent(eventId: string, clientId: string, status = 'planning') {
  const sql = vendors.sql();
  await accessProjection.recordEvent(sql, ORG, clientId, eventId);
  await sql`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
            values (${eventId}, ${ORG}, ${clientId}, ${`Summit ${eventId}`}, '2026-09-14', '2026-09-16', ${status})`;
}

let vendorId: string;
const engagement = (over: Record<string, unknown> = {}) => ({
  vendorId,
  eventId: 'event-a',
  serviceLine: 'lighting-tech',
  unit: 'day',
  quantity: 2.5,
  startsOn: '2026-09-13',
  endsOn: '2026-09-16',
  ...over,
});

beforeAll(async () => {
  world = await createWorld('vendors');
  vendors = await world.start(definition);
  const sql = vendors.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordClient(sql, ORG, 'client-2');
  await seedEvent('event-a', 'client-1');
  await seedEvent('event-b', 'client-1');
  await seedEvent('event-c', 'client-2');
  await seedEvent('event-off', 'client-1', 'cancelled');
  const grants: [string, 'admin' | 'finance' | 'producer' | 'viewer', { clientId?: string; eventId?: string }][] = [
    ['admin', 'admin', {}],
    ['finance', 'finance', {}],
    ['producer-a', 'producer', { eventId: 'event-a' }],
    ['lead', 'producer', { clientId: 'client-1' }],
    ['viewer', 'viewer', {}],
  ];
  for (const [id, role, scope] of grants) {
    await accessProjection.grant(sql, { grantId: `g-${id}`, principalId: id, role, scope: { orgId: ORG, ...scope } });
    tokens[id] = await world.bearer({ id, orgId: ORG, name: id });
  }
  tokens.stranger = await world.bearer({ id: 'stranger', orgId: ORG });
}, 90_000);
afterAll(() => world?.dispose());

describe('vendors and rate cards', () => {
  it('registers a vendor, publishes a rate card and lists the vendor with its current card', async () => {
    const created = await call('POST', '/vendors', 'finance', {
      name: 'Brightline AV',
      category: 'av',
      email: 'ops@brightline.example',
    });
    expect(created.status).toBe(201);
    vendorId = (await body(created)).vendorId;
    const card = await call('POST', `/vendors/${vendorId}/rate-cards`, 'admin', {
      currency: 'USD',
      validFrom: '2020-01-01',
      lines: [
        { serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: 50_000 },
        { serviceLine: 'rigging', unit: 'day', unitRateMinor: 65_000 },
      ],
    });
    expect(card.status).toBe(201);
    const { rateCardId } = await body(card);
    const [registered] = (await outbox('vendors.VendorRegistered')).filter((r) => r.key === vendorId);
    expect(registered!.payload).toMatchObject({
      scope: { orgId: ORG, clientId: null, eventId: null },
      payload: { vendorId, name: 'Brightline AV', category: 'av' },
    });
    const [published] = await outbox('vendors.RateCardPublished');
    expect(published).toMatchObject({
      key: vendorId,
      payload: { payload: { rateCardId, vendorId, currency: 'USD', validTo: null } },
    });

    const list = await body(await call('GET', '/vendors', 'producer-a'));
    expect(list.items).toEqual([
      expect.objectContaining({
        vendorId,
        name: 'Brightline AV',
        rateCards: [expect.objectContaining({ rateCardId, current: true })],
      }),
    ]);
    const one = await body(await call('GET', `/vendors/${vendorId}`, 'viewer'));
    expect(one.rateCards[0].lines).toEqual([
      { serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: 50_000 },
      { serviceLine: 'rigging', unit: 'day', unitRateMinor: 65_000 },
    ]);
  });

  it('updates a vendor and publishes VendorUpdated with the whole new state', async () => {
    const res = await call('PATCH', `/vendors/${vendorId}`, 'finance', { name: 'Brightline AV & Lighting' });
    expect(res.status).toBe(200);
    expect((await body(res)).name).toBe('Brightline AV & Lighting');
    const [updated] = await outbox('vendors.VendorUpdated');
    expect(updated!.payload.payload).toEqual({
      vendorId,
      name: 'Brightline AV & Lighting',
      category: 'av',
      email: 'ops@brightline.example',
    });
  });

  it('refuses an overlapping card of the same currency and service line with 409, and allows other currencies and windows', async () => {
    const clash = await call('POST', `/vendors/${vendorId}/rate-cards`, 'finance', {
      currency: 'USD',
      validFrom: '2030-01-01',
      lines: [{ serviceLine: 'rigging', unit: 'day', unitRateMinor: 1 }],
    });
    expect(clash.status).toBe(409);
    expect(await body(clash)).toMatchObject({
      code: 'VENDORS.RATE_CARD_OVERLAP',
      overlaps: [{ serviceLines: ['rigging'] }],
    });
    const eur = await call('POST', `/vendors/${vendorId}/rate-cards`, 'finance', {
      currency: 'EUR',
      validFrom: '2030-01-01',
      lines: [{ serviceLine: 'rigging', unit: 'day', unitRateMinor: 1 }],
    });
    expect(eur.status).toBe(201);
    const otherLine = await call('POST', `/vendors/${vendorId}/rate-cards`, 'finance', {
      currency: 'USD',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      lines: [{ serviceLine: 'catering', unit: 'head', unitRateMinor: 4_500 }],
    });
    expect(otherLine.status).toBe(201);
  });

  it('lets only vendors.manage register, and only members read', async () => {
    const before = await outboxCount();
    expect((await call('POST', '/vendors', 'producer-a', { name: 'X', category: 'av' })).status).toBe(403);
    expect(
      (
        await call('POST', `/vendors/${vendorId}/rate-cards`, 'lead', {
          currency: 'USD',
          validFrom: '2040-01-01',
          lines: [{ serviceLine: 'x', unit: 'day', unitRateMinor: 1 }],
        })
      ).status,
    ).toBe(403);
    expect((await call('GET', '/vendors', 'stranger')).status).toBe(403);
    expect(await outboxCount()).toBe(before);
    const bad = await call('POST', `/vendors/${vendorId}/rate-cards`, 'admin', {
      currency: 'usd',
      validFrom: '2026-02-01',
      validTo: '2026-01-01',
      lines: [],
    });
    expect(bad.status).toBe(400);
    expect((await body(bad)).errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'currency',
      'lines',
      'validTo',
    ]);
  });
});

describe('engagements', () => {
  it('engages at the card rate by default and publishes VendorEngaged with everything downstream needs', async () => {
    const res = await call('POST', '/engagements', 'producer-a', engagement({ notes: 'load-in the day before' }));
    expect(res.status).toBe(201);
    const e = await body(res);
    expect(e).toMatchObject({
      clientId: 'client-1',
      eventId: 'event-a',
      unitRateMinor: 50_000,
      amountMinor: 125_000,
      currency: 'USD',
      status: 'active',
      engagedBy: 'producer-a',
    });
    const [msg] = (await outbox('vendors.VendorEngaged')).filter(
      (r) => r.payload.payload.engagementId === e.engagementId,
    );
    expect(msg!.key).toBe(vendorId);
    expect(msg!.payload).toMatchObject({
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      actor: { kind: 'user', id: 'producer-a' },
      payload: {
        vendorName: 'Brightline AV & Lighting',
        quantity: 2.5,
        unitRateMinor: 50_000,
        amountMinor: 125_000,
        currency: 'USD',
        rateCardId: e.rateCardId,
        rateCardUnitRateMinor: 50_000,
        notes: 'load-in the day before',
      },
    });
    expect(e.rateCardId).toEqual(expect.any(String));
  });

  it('keeps an agreed rate above the card and still carries the card rate', async () => {
    const e = await body(
      await call('POST', '/engagements', 'producer-a', engagement({ quantity: 3, unitRateMinor: 60_001 })),
    );
    expect(e).toMatchObject({ unitRateMinor: 60_001, amountMinor: 180_003, rateCardUnitRateMinor: 50_000 });
  });

  it('answers 400, 404, 409 and 422 problems', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [engagement({ quantity: 0, endsOn: '2026-09-01' }), 400, 'HTTP.VALIDATION_FAILED'],
      [engagement({ eventId: 'event-nobody-told-us-about' }), 404, 'VENDORS.EVENT_UNKNOWN'],
      [engagement({ vendorId: '00000000-0000-4000-8000-000000000000' }), 404, 'VENDORS.VENDOR_NOT_FOUND'],
      [engagement({ eventId: 'event-off' }), 409, 'VENDORS.EVENT_NOT_OPEN'],
      [engagement({ serviceLine: 'pyrotechnics' }), 422, 'VENDORS.NO_RATE'],
      [engagement({ unit: 'hour' }), 422, 'VENDORS.NO_RATE'],
    ];
    const before = await outboxCount();
    for (const [input, status, code] of cases) {
      const res = await call('POST', '/engagements', 'admin', input);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
      expect({ status: res.status, code: (await body(res)).code }).toEqual({ status, code });
    }
    expect(await outboxCount()).toBe(before);
  });

  it('refuses a viewer, finance and a producer of another event with 403, leaving no trace', async () => {
    const before = await outboxCount();
    const engagementsBefore = (await vendors.sql()`select count(*)::int as n from engagements`)[0]!.n;
    for (const [who, eventId] of [
      ['viewer', 'event-a'],
      ['finance', 'event-a'],
      ['producer-a', 'event-b'],
      ['lead', 'event-c'],
    ] as const) {
      const res = await call('POST', '/engagements', who, engagement({ eventId }));
      expect({ who, status: res.status }).toEqual({ who, status: 403 });
    }
    expect(await outboxCount()).toBe(before);
    expect((await vendors.sql()`select count(*)::int as n from engagements`)[0]!.n).toBe(engagementsBefore);
  });

  it('lets a client-scope grant engage on every event of that client', async () => {
    const res = await call(
      'POST',
      '/engagements',
      'lead',
      engagement({ eventId: 'event-b', serviceLine: 'rigging', quantity: 1 }),
    );
    expect(res.status).toBe(201);
    expect(await body(res)).toMatchObject({ eventId: 'event-b', clientId: 'client-1', amountMinor: 65_000 });
  });

  it('makes one engagement and one event for one Idempotency-Key sent twice', async () => {
    const headers = { 'idempotency-key': `engage-${Date.now()}` };
    const first = await call('POST', '/engagements', 'producer-a', engagement({ quantity: 7 }), headers);
    const second = await call('POST', '/engagements', 'producer-a', engagement({ quantity: 7 }), headers);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    const { engagementId } = await body(first);
    expect((await body(second)).engagementId).toBe(engagementId);
    expect((await vendors.sql()`select count(*)::int as n from engagements where quantity = 7`)[0]!.n).toBe(1);
    expect(
      (await outbox('vendors.VendorEngaged')).filter((r) => r.payload.payload.engagementId === engagementId),
    ).toHaveLength(1);
  });

  it('lists only what the caller may read, by event and vendor, a page at a time', async () => {
    const mine = await body(await call('GET', '/engagements', 'producer-a'));
    expect(mine.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mine.items.map((e: { eventId: string }) => e.eventId))).toEqual(new Set(['event-a']));
    expect((await call('GET', '/engagements?eventId=event-b', 'producer-a')).status).toBe(403);
    const b = await body(await call('GET', `/engagements?eventId=event-b&vendorId=${vendorId}`, 'viewer'));
    expect(b.items.map((e: { eventId: string }) => e.eventId)).toEqual(['event-b']);
    const first = await body(await call('GET', '/engagements?eventId=event-a&limit=2', 'admin'));
    expect(first.items).toHaveLength(2);
    const rest = await body(
      await call('GET', `/engagements?eventId=event-a&limit=2&cursor=${first.nextCursor}`, 'admin'),
    );
    const ids = [...first.items, ...rest.items].map((e: { engagementId: string }) => e.engagementId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(mine.items.length);
    const one = await call('GET', `/engagements/${ids[0]}`, 'lead');
    expect(one.status).toBe(200);
  });

  it('cancels an engagement once and publishes EngagementCancelled', async () => {
    const { engagementId } = await body(await call('POST', '/engagements', 'producer-a', engagement({ quantity: 1 })));
    expect((await call('POST', `/engagements/${engagementId}/cancel`, 'viewer', { reason: 'nope' })).status).toBe(403);
    const res = await call('POST', `/engagements/${engagementId}/cancel`, 'producer-a', { reason: 'budget cut' });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({ status: 'cancelled', cancelReason: 'budget cut' });
    const [cancelled] = (await outbox('vendors.EngagementCancelled')).filter(
      (r) => r.payload.payload.engagementId === engagementId,
    );
    expect(cancelled).toMatchObject({
      key: vendorId,
      payload: { scope: { eventId: 'event-a', clientId: 'client-1' }, payload: { reason: 'budget cut' } },
    });
    const again = await call('POST', `/engagements/${engagementId}/cancel`, 'producer-a');
    expect(again.status).toBe(409);
    expect((await body(again)).code).toBe('VENDORS.ENGAGEMENT_CANCELLED');
  });
});
