import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterTopic } from '@playbook/bus-kafka/headers';
import { resetConsumerGroup } from '@playbook/bus-kafka/replay';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { definition as vendorsDefinition } from '@playbook/vendors/definition';
import { definition } from '../src/definition.ts';
import { body, createWorld, publishThrough, type World } from './harness.ts';

const ORG = 'org-spend';
let world: World;
let vendors: Service;
let spend: Service;
/** A stand-in for the approvals module: publishes real approvals.* decisions through its outbox and relay. */
let approvals: Service;
const tokens: Record<string, string> = {};
let vendorId: string;

const request = (
  svc: Service,
  method: string,
  path: string,
  who: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) =>
  svc.app.request(path, {
    method,
    headers: {
      authorization: tokens[who]!,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
const engage = async (quantity: number, headers: Record<string, string> = {}) => {
  const res = await request(
    vendors,
    'POST',
    '/engagements',
    'producer-a',
    {
      vendorId,
      eventId: 'event-a',
      serviceLine: 'lighting-tech',
      unit: 'day',
      quantity,
      startsOn: '2026-09-13',
      endsOn: '2026-09-16',
    },
    headers,
  );
  expect(res.status).toBe(201);
  return body(res);
};
const poFor = (engagementId: string) =>
  eventually(
    async () => {
      const list = await body(await request(spend, 'GET', '/purchase-orders?eventId=event-a&limit=100', 'producer-a'));
      const found = list.items.filter((po: { engagementId: string }) => po.engagementId === engagementId);
      expect(found).toHaveLength(1);
      return found[0];
    },
    { timeoutMs: 30_000 },
  );
const spendOutbox = (type: string, purchaseOrderId: string) =>
  spend.sql()<{ payload: any }[]>`select payload from outbox where type = ${type} and key = ${purchaseOrderId}`;
const decide = (
  type: 'approvals.ApprovalGranted' | 'approvals.ApprovalRejected',
  subjectId: string,
  decidedBy: string,
  subjectType = 'purchase-order',
) =>
  publishThrough(
    approvals,
    {
      type,
      key: `apr-${subjectId}`,
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      payload: {
        approvalRequestId: `apr-${subjectId}`,
        subjectType,
        subjectId,
        eventId: 'event-a',
        clientId: 'client-1',
        decidedBy,
        comment: 'ok by me',
      },
    },
    decidedBy,
  );
const handled = (consumer: string, messageId: string) =>
  eventually(async () => {
    const rows = await spend.sql()`select 1 from inbox where consumer = ${consumer} and message_id = ${messageId}`;
    expect(rows).toHaveLength(1);
  });

async function arrangeAccess(svc: Service) {
  const sql = svc.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-b');
  await accessProjection.grant(sql, { grantId: 'g-admin', principalId: 'admin', role: 'admin', scope: { orgId: ORG } });
  await accessProjection.grant(sql, {
    grantId: 'g-pa',
    principalId: 'producer-a',
    role: 'producer',
    scope: { orgId: ORG, eventId: 'event-a' },
  });
  await accessProjection.grant(sql, {
    grantId: 'g-vb',
    principalId: 'viewer-b',
    role: 'viewer',
    scope: { orgId: ORG, eventId: 'event-b' },
  });
}

beforeAll(async () => {
  world = await createWorld('spend');
  [vendors, spend, approvals] = [
    await world.start(vendorsDefinition),
    await world.start(definition),
    await world.start({ name: 'approvals' }),
  ];
  await arrangeAccess(vendors);
  await arrangeAccess(spend);
  await vendors.sql()`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
                      values ('event-a', ${ORG}, 'client-1', 'Summit', '2026-09-14', '2026-09-16', 'planning')`;
  for (const id of ['admin', 'producer-a', 'viewer-b']) tokens[id] = await world.bearer({ id, orgId: ORG });
  vendorId = (
    await body(await request(vendors, 'POST', '/vendors', 'admin', { name: 'Brightline AV', category: 'av' }))
  ).vendorId;
  const card = await request(vendors, 'POST', `/vendors/${vendorId}/rate-cards`, 'admin', {
    currency: 'USD',
    validFrom: '2026-01-01',
    lines: [{ serviceLine: 'lighting-tech', unit: 'day', unitRateMinor: 50_000 }],
  });
  expect(card.status).toBe(201);
}, 90_000);
afterAll(() => world?.dispose());

describe('purchase orders from engagements', () => {
  let first: { engagementId: string };
  let firstPo: { purchaseOrderId: string };

  it('raises one PO pending approval for an engagement sent twice with one Idempotency-Key', async () => {
    const headers = { 'idempotency-key': `spend-${randomUUID()}` };
    first = await engage(2.5, headers);
    expect((await engage(2.5, headers)).engagementId).toBe(first.engagementId);
    firstPo = await poFor(first.engagementId);
    expect(firstPo).toMatchObject({
      eventId: 'event-a',
      clientId: 'client-1',
      vendorId,
      vendorName: 'Brightline AV',
      amountMinor: 125_000,
      currency: 'USD',
      status: 'pending_approval',
      raisedBy: 'producer-a',
      description: 'lighting-tech: 2.5 × day',
    });
    const [raised, ...more] = await spendOutbox('spend.PurchaseOrderRaised', firstPo.purchaseOrderId);
    expect(more).toHaveLength(0);
    const [engaged] = await vendors.sql()<
      { payload: any }[]
    >`select payload from outbox where type = 'vendors.VendorEngaged' and payload->'payload'->>'engagementId' = ${first.engagementId}`;
    expect(raised!.payload).toMatchObject({
      correlationId: engaged!.payload.correlationId,
      causationId: engaged!.payload.messageId,
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      actor: { id: 'producer-a' },
      payload: {
        purchaseOrderId: firstPo.purchaseOrderId,
        engagementId: first.engagementId,
        amountMinor: 125_000,
        raisedBy: 'producer-a',
      },
    });
  });

  it('shows POs only to those who may read their event', async () => {
    expect((await body(await request(spend, 'GET', '/purchase-orders', 'viewer-b'))).items).toEqual([]);
    expect((await request(spend, 'GET', '/purchase-orders?eventId=event-a', 'viewer-b')).status).toBe(403);
    expect((await request(spend, 'GET', `/purchase-orders/${firstPo.purchaseOrderId}`, 'viewer-b')).status).toBe(403);
    expect((await request(spend, 'GET', `/purchase-orders/${firstPo.purchaseOrderId}`, 'producer-a')).status).toBe(200);
    const missing = await request(spend, 'GET', `/purchase-orders/${randomUUID()}`, 'admin');
    expect([missing.status, (await body(missing)).code]).toEqual([404, 'SPEND.PO_NOT_FOUND']);
  });

  it('raises no second PO when the vendors topic is replayed from the start, even without the inbox', async () => {
    const [engaged] = await vendors.sql()<
      { id: string }[]
    >`select id from outbox where type = 'vendors.VendorEngaged' and payload->'payload'->>'engagementId' = ${first.engagementId}`;
    await spend.stop();
    const schema = `spend_${world.namespace.replaceAll('-', '_')}`;
    // Forget that the message was handled: only the PO's derived id and unique engagement id stand in the way now.
    await world.admin.unsafe(`delete from "${schema}".inbox where consumer = 'raise-po-when-vendor-engaged'`);
    await resetConsumerGroup(
      vendors.bus().kafka,
      `${world.namespace}.spend`,
      `${world.namespace}.playbook.vendors.v1`,
      'earliest',
    );
    spend = await world.start(definition);
    await handled('raise-po-when-vendor-engaged', engaged!.id);
    const pos =
      await spend.sql()`select purchase_order_id from purchase_orders where engagement_id = ${first.engagementId}`;
    expect(pos).toEqual([{ purchase_order_id: firstPo.purchaseOrderId }]);
    expect(await spendOutbox('spend.PurchaseOrderRaised', firstPo.purchaseOrderId)).toHaveLength(1);
  });

  it('approves a PO on approvals.ApprovalGranted and publishes PurchaseOrderApproved', async () => {
    const ignored = await decide('approvals.ApprovalGranted', firstPo.purchaseOrderId, 'fin-1', 'contract');
    await handled('approve-po-when-approval-granted', ignored);
    expect(
      (await body(await request(spend, 'GET', `/purchase-orders/${firstPo.purchaseOrderId}`, 'admin'))).status,
    ).toBe('pending_approval');

    await decide('approvals.ApprovalGranted', firstPo.purchaseOrderId, 'fin-1');
    const po = await eventually(async () => {
      const read = await body(await request(spend, 'GET', `/purchase-orders/${firstPo.purchaseOrderId}`, 'admin'));
      expect(read.status).toBe('approved');
      return read;
    });
    expect(po).toMatchObject({ decidedBy: 'fin-1', approvalRequestId: `apr-${firstPo.purchaseOrderId}` });
    const [approved, ...more] = await spendOutbox('spend.PurchaseOrderApproved', firstPo.purchaseOrderId);
    expect(more).toHaveLength(0);
    expect(approved!.payload).toMatchObject({
      actor: { id: 'fin-1' },
      scope: { eventId: 'event-a' },
      payload: { approvedBy: 'fin-1', amountMinor: 125_000, vendorId },
    });
  });

  it('marks the approved PO exported once NetSuite has it, once (PurchaseOrderExported), and shows it', async () => {
    const netsuite = await world.start({ name: 'integrations.netsuite' });
    const exported = () =>
      publishThrough(netsuite, {
        type: 'integrations.netsuite.NetSuitePurchaseOrderExported',
        key: firstPo.purchaseOrderId,
        scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
        payload: {
          purchaseOrderId: firstPo.purchaseOrderId,
          eventId: 'event-a',
          clientId: 'client-1',
          vendorId,
          amountMinor: 125_000,
          currency: 'USD',
          internalId: '1042',
          tranId: 'PO1042',
          vendorInternalId: '301',
          exportedAt: Date.parse('2026-09-01T10:00:00Z'),
          reused: false,
        },
      });
    await exported();
    const po = await eventually(async () => {
      const read = await body(await request(spend, 'GET', `/purchase-orders/${firstPo.purchaseOrderId}`, 'admin'));
      expect(read.erp).not.toBeNull();
      return read;
    });
    expect(po.erp).toEqual({
      system: 'netsuite',
      documentId: '1042',
      documentNumber: 'PO1042',
      exportedAt: '2026-09-01T10:00:00.000Z',
    });
    // The same fact again (a re-sent message with a new id): nothing new.
    await handled('mark-po-exported-when-netsuite-exported', await exported());
    const out = await spendOutbox('spend.PurchaseOrderExported', firstPo.purchaseOrderId);
    expect(out).toHaveLength(1);
    expect(out[0]!.payload.payload).toMatchObject({
      erpSystem: 'netsuite',
      erpDocumentId: '1042',
      erpDocumentNumber: 'PO1042',
    });
  });

  it('rejects a PO on approvals.ApprovalRejected, and a late grant does not reverse it', async () => {
    const { engagementId } = await engage(1);
    const { purchaseOrderId } = await poFor(engagementId);
    await decide('approvals.ApprovalRejected', purchaseOrderId, 'fin-2');
    await eventually(async () =>
      expect((await body(await request(spend, 'GET', `/purchase-orders/${purchaseOrderId}`, 'admin'))).status).toBe(
        'rejected',
      ),
    );
    const [rejected] = await spendOutbox('spend.PurchaseOrderRejected', purchaseOrderId);
    expect(rejected!.payload.payload).toMatchObject({ rejectedBy: 'fin-2', comment: 'ok by me', amountMinor: 50_000 });
    const late = await decide('approvals.ApprovalGranted', purchaseOrderId, 'fin-3');
    await handled('approve-po-when-approval-granted', late);
    expect((await body(await request(spend, 'GET', `/purchase-orders/${purchaseOrderId}`, 'admin'))).status).toBe(
      'rejected',
    );
    expect(await spendOutbox('spend.PurchaseOrderApproved', purchaseOrderId)).toHaveLength(0);
    const filtered = await body(
      await request(spend, 'GET', `/purchase-orders?status=rejected&vendorId=${vendorId}`, 'admin'),
    );
    expect(filtered.items.map((p: { purchaseOrderId: string }) => p.purchaseOrderId)).toEqual([purchaseOrderId]);
  });

  it('parks a decision for a PO spend does not know on the dead-letter topic', async () => {
    const unknown = randomUUID();
    const messageId = await decide('approvals.ApprovalGranted', unknown, 'fin-1');
    const dlq = deadLetterTopic(`${world.namespace}.playbook.approvals.v1`, `${world.namespace}.spend`);
    const admin = vendors.bus().admin;
    await eventually(
      async () => {
        expect(await admin.listTopics()).toContain(dlq);
        const offsets = await admin.fetchTopicOffsets(dlq);
        expect(offsets.reduce((n, o) => n + Number(o.high), 0)).toBe(1);
      },
      { timeoutMs: 30_000 },
    );
    expect(await spend.sql()`select 1 from inbox where message_id = ${messageId}`).toHaveLength(0);
  });
});
