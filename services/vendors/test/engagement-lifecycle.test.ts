import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandMessageId } from '@playbook/bus/ids';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { definition } from '../src/definition.ts';
import { linkVendorToErp } from '../src/vendors/vendors.commands.ts';
import { body, createWorld, type World } from './harness.ts';

const ORG = 'org-life';
let world: World;
let vendors: Service;
const tokens: Record<string, string> = {};
let vendorId: string;

const call = (method: string, path: string, who: string, payload?: unknown) =>
  vendors.app.request(path, {
    method,
    headers: {
      authorization: tokens[who]!,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
const published = async (type: string, engagementId: string) =>
  (await vendors.sql()<{ payload: any }[]>`select payload from outbox where type = ${type} order by seq`).filter(
    (r) => r.payload.payload.engagementId === engagementId,
  );
const engage = async (over: Record<string, unknown> = {}) => {
  const res = await call('POST', '/engagements', 'pat', {
    vendorId,
    eventId: 'event-a',
    serviceLine: 'lighting-tech',
    unit: 'day',
    quantity: 2,
    startsOn: '2026-09-13',
    endsOn: '2026-09-16',
    ...over,
  });
  expect(res.status).toBe(201);
  return body(res);
};

beforeAll(async () => {
  world = await createWorld('vendors-life');
  vendors = await world.start(definition);
  const sql = vendors.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await sql`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
            values ('event-a', ${ORG}, 'client-1', 'Summit', '2026-09-14', '2026-09-16', 'planning')`;
  const grants = [
    ['admin', 'admin', {}],
    ['pat', 'producer', { eventId: 'event-a' }],
    ['sam', 'producer', { eventId: 'event-a' }],
    ['vic', 'viewer', { eventId: 'event-a' }],
  ] as const;
  for (const [id, role, scope] of grants) {
    await accessProjection.grant(sql, { grantId: `g-${id}`, principalId: id, role, scope: { orgId: ORG, ...scope } });
    tokens[id] = await world.bearer({ id, orgId: ORG });
  }
  vendorId = (await body(await call('POST', '/vendors', 'admin', { name: 'Brightline AV', category: 'av' }))).vendorId;
  for (const [validFrom, validTo, rate] of [
    ['2026-01-01', '2026-09-30', 50_000],
    ['2026-10-01', null, 55_000],
  ] as const) {
    const card = await call('POST', `/vendors/${vendorId}/rate-cards`, 'admin', {
      currency: 'USD',
      validFrom,
      ...(validTo ? { validTo } : {}),
      lines: [{ serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: rate }],
    });
    expect(card.status).toBe(201);
  }
}, 90_000);
afterAll(() => world?.dispose());

describe('amending an engagement', () => {
  it('carries the BOM line from engaging, and re-prices an amendment at the card of the new start day', async () => {
    const e = await engage({ bomLineId: 'bom-av-1' });
    expect(e).toMatchObject({ bomLineId: 'bom-av-1', amountMinor: 100_000, completedOn: null });
    const [engaged] = await published('vendors.VendorEngaged', e.engagementId);
    expect(engaged!.payload.payload.bomLineId).toBe('bom-av-1');

    const res = await call('PATCH', `/engagements/${e.engagementId}`, 'pat', {
      quantity: 3,
      startsOn: '2026-10-02',
      endsOn: '2026-10-04',
      bomLineId: 'bom-av-2',
      reason: 'one more day',
    });
    expect(res.status).toBe(200);
    expect(await body(res)).toMatchObject({
      quantity: 3,
      unitRateMinor: 55_000,
      amountMinor: 165_000,
      bomLineId: 'bom-av-2',
    });
    const [amended, ...more] = await published('vendors.EngagementAmended', e.engagementId);
    expect(more).toHaveLength(0);
    expect(amended!.payload).toMatchObject({
      actor: { id: 'pat' },
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      payload: {
        vendorId,
        quantity: 3,
        unitRateMinor: 55_000,
        amountMinor: 165_000,
        previousAmountMinor: 100_000,
        currency: 'USD',
        startsOn: '2026-10-02',
        amendedBy: 'pat',
        rateCardUnitRateMinor: 55_000,
        reason: 'one more day',
        bomLineId: 'bom-av-2',
      },
    });
  });

  it('keeps an agreed rate when only the quantity changes, and takes a new one when given', async () => {
    const e = await engage({ unitRateMinor: 60_000 });
    const kept = await body(await call('PATCH', `/engagements/${e.engagementId}`, 'pat', { quantity: 1 }));
    expect(kept).toMatchObject({ unitRateMinor: 60_000, amountMinor: 60_000, rateCardUnitRateMinor: 50_000 });
    const agreed = await body(await call('PATCH', `/engagements/${e.engagementId}`, 'pat', { unitRateMinor: 40_000 }));
    expect(agreed).toMatchObject({ unitRateMinor: 40_000, amountMinor: 40_000 });
  });

  it('refuses a viewer (403), crossed dates (400), an empty change (400) and a cancelled engagement (409)', async () => {
    const e = await engage();
    expect((await call('PATCH', `/engagements/${e.engagementId}`, 'vic', { quantity: 1 })).status).toBe(403);
    const crossed = await call('PATCH', `/engagements/${e.engagementId}`, 'pat', { endsOn: '2026-01-01' });
    expect([crossed.status, (await body(crossed)).errors]).toEqual([
      400,
      [expect.objectContaining({ path: 'endsOn' })],
    ]);
    expect((await call('PATCH', `/engagements/${e.engagementId}`, 'pat', { reason: 'x' })).status).toBe(400);
    expect((await call('POST', `/engagements/${e.engagementId}/cancel`, 'pat')).status).toBe(200);
    const late = await call('PATCH', `/engagements/${e.engagementId}`, 'pat', { quantity: 1 });
    expect([late.status, (await body(late)).code]).toEqual([409, 'VENDORS.ENGAGEMENT_CANCELLED']);
    expect(await published('vendors.EngagementAmended', e.engagementId)).toHaveLength(0);
  });
});

describe('completing and rating', () => {
  it('completes once, then refuses amending, cancelling and completing again', async () => {
    const e = await engage();
    const early = await call('POST', `/engagements/${e.engagementId}/rating`, 'sam', { score: 5 });
    expect([early.status, (await body(early)).code]).toEqual([409, 'VENDORS.ENGAGEMENT_NOT_COMPLETED']);
    const done = await call('POST', `/engagements/${e.engagementId}/complete`, 'pat', {
      completedOn: '2026-09-16',
      notes: 'great crew',
    });
    expect(done.status).toBe(200);
    expect(await body(done)).toMatchObject({ status: 'completed', completedOn: '2026-09-16' });
    const [completed] = await published('vendors.EngagementCompleted', e.engagementId);
    expect(completed!.payload.payload).toMatchObject({
      amountMinor: 100_000,
      currency: 'USD',
      completedOn: '2026-09-16',
      completedBy: 'pat',
      notes: 'great crew',
    });
    for (const [method, path, payload] of [
      ['POST', 'complete', undefined],
      ['POST', 'cancel', undefined],
      ['PATCH', '', { quantity: 1 }],
    ] as const) {
      const res = await call(method, `/engagements/${e.engagementId}${path ? `/${path}` : ''}`, 'pat', payload);
      expect([path, res.status, (await body(res)).code]).toEqual([path, 409, 'VENDORS.ENGAGEMENT_COMPLETED']);
    }

    const rated = await call('POST', `/engagements/${e.engagementId}/rating`, 'sam', { score: 4, comment: 'on time' });
    expect(rated.status).toBe(201);
    expect(await body(rated)).toMatchObject({ vendorId, score: 4, comment: 'on time', ratedBy: 'sam' });
    const twice = await call('POST', `/engagements/${e.engagementId}/rating`, 'sam', { score: 1 });
    expect([twice.status, (await body(twice)).code]).toEqual([409, 'VENDORS.ALREADY_RATED']);
    expect((await call('POST', `/engagements/${e.engagementId}/rating`, 'pat', { score: 5 })).status).toBe(201);
    expect((await call('POST', `/engagements/${e.engagementId}/rating`, 'admin', { score: 6 })).status).toBe(400);
    expect((await call('POST', `/engagements/${e.engagementId}/rating`, 'vic', { score: 3 })).status).toBe(403);
    const ratings = await published('vendors.VendorRated', e.engagementId);
    expect(ratings.map((r) => [r.payload.payload.ratedBy, r.payload.payload.score])).toEqual([
      ['sam', 4],
      ['pat', 5],
    ]);
    expect((await body(await call('GET', `/engagements?status=completed`, 'vic'))).items).toHaveLength(1);
  });
});

describe('linking a vendor to the ERP (the command the NetSuite connector calls)', () => {
  const link = (erpInternalId: string) =>
    vendors.sql().begin(async (tx) => {
      const key = randomUUID();
      const publisher = vendors.bus().uow.publisher(tx, {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'connector', id: 'netsuite', displayName: 'NetSuite' },
        messageIdFor: (type, index) => commandMessageId('vendors', key, type, index),
      });
      return linkVendorToErp(tx, publisher, ORG, vendorId, {
        erpSystem: 'netsuite',
        erpInternalId,
        erpEntityId: `V-${erpInternalId}`,
        erpName: null,
      });
    });
  const linked = async () =>
    (
      await vendors.sql()<
        { payload: any }[]
      >`select payload from outbox where type = 'vendors.VendorLinkedToErp' order by seq`
    ).map((r) => r.payload.payload);

  it('records the ERP id on the vendor and publishes VendorLinkedToErp, once per link', async () => {
    await link('1042');
    await link('1042');
    expect(await linked()).toEqual([
      {
        vendorId,
        erpSystem: 'netsuite',
        erpInternalId: '1042',
        erpEntityId: 'V-1042',
        erpName: null,
        previousErpInternalId: null,
      },
    ]);
    expect((await body(await call('GET', `/vendors/${vendorId}`, 'vic'))).erp).toEqual({
      system: 'netsuite',
      internalId: '1042',
      entityId: 'V-1042',
    });
    await link('2077');
    expect((await linked()).at(-1)).toMatchObject({ erpInternalId: '2077', previousErpInternalId: '1042' });
    await expect(
      vendors.sql().begin((tx) =>
        linkVendorToErp(tx, { publish: async () => ({}) as never }, 'org-other', vendorId, {
          erpSystem: 'netsuite',
          erpInternalId: '1',
          erpEntityId: null,
          erpName: null,
        }),
      ),
    ).rejects.toMatchObject({ code: 'VENDORS.VENDOR_NOT_FOUND' });
  });
});
