import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { definition as vendorsDefinition } from '@playbook/vendors/definition';
import { definition } from '../src/definition.ts';
import { body, createWorld, publishThrough, type World } from './harness.ts';

/** The cascade from an engagement to its PO: amended (pending only) and cancelled (once), over HTTP and the real bus. */
const ORG = 'org-spend-changes';
let world: World;
let vendors: Service;
let spend: Service;
/** A stand-in for approvals: publishes a real approvals.ApprovalGranted through its outbox. */
let approvals: Service;
const tokens: Record<string, string> = {};
let vendorId: string;

const call = (svc: Service, method: string, path: string, who: string, payload?: unknown) =>
  svc.app.request(path, {
    method,
    headers: {
      authorization: tokens[who]!,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
const engage = async (bomLineId: string) => {
  const res = await call(vendors, 'POST', '/engagements', 'pat', {
    vendorId,
    eventId: 'event-a',
    serviceLine: 'lighting-tech',
    unit: 'day',
    quantity: 2,
    startsOn: '2026-09-13',
    endsOn: '2026-09-16',
    bomLineId,
  });
  expect(res.status).toBe(201);
  const engagement = await body(res);
  const po = await eventually(
    async () => {
      const page = await body(await call(spend, 'GET', '/purchase-orders?limit=100', 'pat'));
      const found = page.items.find((p: { engagementId: string }) => p.engagementId === engagement.engagementId);
      expect(found).toBeDefined();
      return found;
    },
    { timeoutMs: 30_000 },
  );
  return { engagementId: engagement.engagementId as string, purchaseOrderId: po.purchaseOrderId as string };
};
const poNow = async (id: string) => body(await call(spend, 'GET', `/purchase-orders/${id}`, 'pat'));
const cancelledEvents = (id: string) =>
  spend.sql()<
    { payload: any }[]
  >`select payload from outbox where type = 'spend.PurchaseOrderCancelled' and key = ${id}`;
const handled = (consumer: string, messageId: string) =>
  eventually(async () => {
    const rows = await spend.sql()`select 1 from inbox where consumer = ${consumer} and message_id = ${messageId}`;
    expect(rows).toHaveLength(1);
  });

beforeAll(async () => {
  world = await createWorld('spend-changes');
  [vendors, spend, approvals] = [
    await world.start(vendorsDefinition),
    await world.start(definition),
    await world.start({ name: 'approvals' }),
  ];
  for (const svc of [vendors, spend]) {
    const sql = svc.sql();
    await accessProjection.recordClient(sql, ORG, 'client-1');
    await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
    await accessProjection.grant(sql, {
      grantId: 'g-admin',
      principalId: 'admin',
      role: 'admin',
      scope: { orgId: ORG },
    });
    await accessProjection.grant(sql, {
      grantId: 'g-pat',
      principalId: 'pat',
      role: 'producer',
      scope: { orgId: ORG, eventId: 'event-a' },
    });
  }
  await vendors.sql()`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
                      values ('event-a', ${ORG}, 'client-1', 'Summit', '2026-09-14', '2026-09-16', 'planning')`;
  for (const id of ['admin', 'pat']) tokens[id] = await world.bearer({ id, orgId: ORG });
  vendorId = (await body(await call(vendors, 'POST', '/vendors', 'admin', { name: 'Brightline', category: 'av' })))
    .vendorId;
  await call(vendors, 'POST', `/vendors/${vendorId}/rate-cards`, 'admin', {
    currency: 'USD',
    validFrom: '2026-01-01',
    lines: [{ serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: 50_000 }],
  });
}, 90_000);
afterAll(() => world?.dispose());

describe('a pending PO follows its engagement', () => {
  it('takes an amendment’s amount, description and BOM line', async () => {
    const { engagementId, purchaseOrderId } = await engage('bom-1');
    expect(await poNow(purchaseOrderId)).toMatchObject({ amountMinor: 100_000, bomLineId: 'bom-1' });
    const res = await call(vendors, 'PATCH', `/engagements/${engagementId}`, 'pat', {
      quantity: 3,
      bomLineId: 'bom-2',
    });
    expect(res.status).toBe(200);
    await eventually(async () =>
      expect(await poNow(purchaseOrderId)).toMatchObject({
        status: 'pending_approval',
        amountMinor: 150_000,
        description: 'lighting-tech: 3 × day',
        bomLineId: 'bom-2',
      }),
    );
    // The new terms are a new revision that approvals routes again.
    const amended = await eventually(async () => {
      const rows = await spend.sql()<{ payload: any }[]>`
        select payload from outbox where type = 'spend.PurchaseOrderAmended' and key = ${purchaseOrderId}`;
      expect(rows).toHaveLength(1);
      return rows[0]!.payload.payload;
    });
    expect(amended).toMatchObject({
      purchaseOrderId,
      engagementId,
      revision: 1,
      previousAmountMinor: 100_000,
      amountMinor: 150_000,
      bomLineId: 'bom-2',
      raisedBy: 'pat',
    });
    // A grant decided on the old amount, arriving after the amendment, approves nothing.
    const stale = await publishThrough(spend, {
      type: 'approvals.ApprovalGranted',
      key: 'request-old-terms',
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      payload: {
        approvalRequestId: 'request-old-terms',
        subjectType: 'purchase-order',
        subjectId: purchaseOrderId,
        eventId: 'event-a',
        clientId: 'client-1',
        decidedBy: 'admin',
        comment: null,
        amountMinor: 100_000,
      },
    });
    await handled('approve-po-when-approval-granted', stale);
    expect(await poNow(purchaseOrderId)).toMatchObject({ status: 'pending_approval', amountMinor: 150_000 });
  });

  it('is cancelled with its engagement, once, with the amount, previous status and BOM line', async () => {
    const { engagementId, purchaseOrderId } = await engage('bom-3');
    expect((await call(vendors, 'POST', `/engagements/${engagementId}/cancel`, 'pat', { reason: 'cut' })).status).toBe(
      200,
    );
    await eventually(async () => expect((await poNow(purchaseOrderId)).status).toBe('cancelled'));
    // The same fact again (a re-sent message with a new id): the PO is cancelled already, nothing more is published.
    const again = await publishThrough(vendors, {
      type: 'vendors.EngagementCancelled',
      key: vendorId,
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      payload: { engagementId, vendorId, eventId: 'event-a', reason: 'cut' },
    });
    await handled('cancel-po-when-engagement-cancelled', again);
    const [cancelled, ...more] = await cancelledEvents(purchaseOrderId);
    expect(more).toHaveLength(0);
    expect(cancelled!.payload).toMatchObject({
      actor: { id: 'pat' },
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      payload: {
        purchaseOrderId,
        engagementId,
        vendorId,
        amountMinor: 100_000,
        currency: 'USD',
        previousStatus: 'pending_approval',
        reason: 'cut',
        bomLineId: 'bom-3',
      },
    });
  });
});

describe('an approved PO', () => {
  it('keeps its approved amount when the engagement is amended, and is cancelled as approved', async () => {
    const { engagementId, purchaseOrderId } = await engage('bom-4');
    await publishThrough(
      approvals,
      {
        type: 'approvals.ApprovalGranted',
        key: `apr-${purchaseOrderId}`,
        scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
        payload: {
          approvalRequestId: `apr-${purchaseOrderId}`,
          subjectType: 'purchase-order',
          subjectId: purchaseOrderId,
          eventId: 'event-a',
          clientId: 'client-1',
          decidedBy: 'fin',
          comment: null,
        },
      },
      'fin',
    );
    await eventually(async () => expect((await poNow(purchaseOrderId)).status).toBe('approved'));
    await call(vendors, 'PATCH', `/engagements/${engagementId}`, 'pat', { quantity: 5 });
    const [amended] = await vendors.sql()<{ id: string }[]>`
      select id from outbox where type = 'vendors.EngagementAmended' and payload->'payload'->>'engagementId' = ${engagementId}`;
    await handled('amend-po-when-engagement-amended', amended!.id);
    expect(await poNow(purchaseOrderId)).toMatchObject({ status: 'approved', amountMinor: 100_000 });

    await call(vendors, 'POST', `/engagements/${engagementId}/cancel`, 'pat');
    await eventually(async () => expect((await poNow(purchaseOrderId)).status).toBe('cancelled'));
    const [cancelled] = await cancelledEvents(purchaseOrderId);
    expect(cancelled!.payload.payload).toMatchObject({ previousStatus: 'approved', amountMinor: 100_000 });
  });
});
