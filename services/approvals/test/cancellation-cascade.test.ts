import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { definition as spendDefinition } from '@playbook/spend/definition';
import { eventually } from '@playbook/testing/eventually';
import { definition as vendorsDefinition } from '@playbook/vendors/definition';
import { approvalsDefinition } from '../src/definition.ts';
import { createTestWorld, json, type TestWorld } from './harness.ts';

/** vendors, spend and approvals in one world: cancelling an engagement cancels its PO and withdraws its approval. */
const ORG = 'org-cascade';
let world: TestWorld;
let vendors: Service;
let spend: Service;
let approvals: Service;
const tokens: Record<string, string> = {};

const call = (svc: Service, method: string, path: string, who: string, payload?: unknown) =>
  svc.app.request(path, {
    method,
    headers: {
      authorization: tokens[who]!,
      ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
  });
const correlationOf = async (svc: Service, type: string) => {
  const [row] = await svc.sql()<{ payload: any }[]>`select payload from outbox where type = ${type}`;
  return row?.payload.correlationId as string;
};

beforeAll(async () => {
  world = await createTestWorld('approvals-cascade');
  [vendors, spend, approvals] = [
    await world.start(vendorsDefinition),
    await world.start(spendDefinition),
    await world.start(approvalsDefinition({ escalationCheckMs: 3_600_000 })),
  ];
  for (const svc of [vendors, spend, approvals]) {
    const sql = svc.sql();
    await accessProjection.recordClient(sql, ORG, 'client-1');
    await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
    await accessProjection.grant(sql, { grantId: 'g-ada', principalId: 'ada', role: 'admin', scope: { orgId: ORG } });
    for (const who of ['pat', 'sam']) {
      await accessProjection.grant(sql, {
        grantId: `g-${who}`,
        principalId: who,
        role: 'producer',
        scope: { orgId: ORG, eventId: 'event-a' },
      });
    }
  }
  await vendors.sql()`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
                      values ('event-a', ${ORG}, 'client-1', 'Summit', '2026-09-14', '2026-09-16', 'planning')`;
  for (const who of ['ada', 'pat', 'sam']) tokens[who] = await world.bearer({ id: who, orgId: ORG });
}, 120_000);
afterAll(() => world?.dispose());

describe('cancelling an engagement', () => {
  it('cancels its PO and withdraws its pending approval, in the engagement’s flow', async () => {
    const vendor = await json(await call(vendors, 'POST', '/vendors', 'ada', { name: 'Brightline', category: 'av' }));
    const engaged = await call(vendors, 'POST', '/engagements', 'pat', {
      vendorId: vendor.vendorId,
      eventId: 'event-a',
      serviceLine: 'lighting-tech',
      unit: 'day',
      quantity: 2,
      unitRateMinor: 50_000,
      currency: 'USD',
      startsOn: '2026-09-13',
      endsOn: '2026-09-16',
    });
    expect(engaged.status).toBe(201);
    const { engagementId } = await json(engaged);
    const request = await eventually(
      async () => {
        const [item] = (await json(await call(approvals, 'GET', '/approvals/pending', 'sam'))).items;
        expect(item).toMatchObject({ subjectType: 'purchase-order', amountMinor: 100_000, status: 'pending' });
        return item;
      },
      { timeoutMs: 30_000 },
    );

    const cancelled = await call(vendors, 'POST', `/engagements/${engagementId}/cancel`, 'pat', {
      reason: 'venue lost',
    });
    expect(cancelled.status).toBe(200);
    await eventually(
      async () =>
        expect(
          await json(await call(approvals, 'GET', `/approvals/${request.approvalRequestId}`, 'sam')),
        ).toMatchObject({ status: 'withdrawn', dueAt: null }),
      { timeoutMs: 30_000 },
    );
    expect((await json(await call(spend, 'GET', `/purchase-orders/${request.subjectId}`, 'pat'))).status).toBe(
      'cancelled',
    );
    const late = await call(approvals, 'POST', `/approvals/${request.approvalRequestId}/grant`, 'sam', {});
    expect([late.status, (await json(late)).code]).toEqual([409, 'APPROVALS.WITHDRAWN']);
    const flow = await correlationOf(vendors, 'vendors.EngagementCancelled');
    expect(await correlationOf(spend, 'spend.PurchaseOrderCancelled')).toBe(flow);
    expect(await correlationOf(approvals, 'approvals.ApprovalWithdrawn')).toBe(flow);
  });
});

describe('amending an engagement while its PO awaits approval', () => {
  it('withdraws the request for the old amount and routes the new one by policy; a late decision on the old one is refused', async () => {
    const vendor = await json(await call(vendors, 'POST', '/vendors', 'ada', { name: 'Lumen', category: 'av' }));
    const engaged = await call(vendors, 'POST', '/engagements', 'pat', {
      vendorId: vendor.vendorId,
      eventId: 'event-a',
      serviceLine: 'rigger',
      unit: 'day',
      quantity: 2,
      unitRateMinor: 40_000,
      currency: 'USD',
      startsOn: '2026-09-13',
      endsOn: '2026-09-16',
    });
    const { engagementId } = await json(engaged);
    const first = await eventually(
      async () => {
        const items = (await json(await call(approvals, 'GET', '/approvals/pending', 'sam'))).items;
        const item = items.find((i: any) => i.amountMinor === 80_000);
        expect(item).toMatchObject({ approverRole: 'producer', status: 'pending' });
        return item;
      },
      { timeoutMs: 30_000 },
    );
    // 20 days at 400.00: 8,000.00 USD is over the producer's 5,000.00 — finance at the client decides now.
    expect((await call(vendors, 'PATCH', `/engagements/${engagementId}`, 'pat', { quantity: 20 })).status).toBe(200);
    const second = await eventually(
      async () => {
        const [row] = await approvals.sql()<{ approval_request_id: string; status: string }[]>`
          select approval_request_id, status from approval_requests
          where subject_id = ${first.subjectId} and revision = 1`;
        expect(row?.status).toBe('pending');
        return row!.approval_request_id;
      },
      { timeoutMs: 30_000 },
    );
    expect(await json(await call(approvals, 'GET', `/approvals/${second}`, 'ada'))).toMatchObject({
      amountMinor: 800_000,
      approverRole: 'finance',
      status: 'pending',
    });
    expect(await json(await call(approvals, 'GET', `/approvals/${first.approvalRequestId}`, 'ada'))).toMatchObject({
      status: 'withdrawn',
    });
    const late = await call(approvals, 'POST', `/approvals/${first.approvalRequestId}/grant`, 'sam', {});
    expect([late.status, (await json(late)).code]).toEqual([409, 'APPROVALS.WITHDRAWN']);
    expect((await call(approvals, 'POST', `/approvals/${second}/grant`, 'ada', {})).status).toBe(200);
    await eventually(
      async () =>
        expect(await json(await call(spend, 'GET', `/purchase-orders/${first.subjectId}`, 'pat'))).toMatchObject({
          status: 'approved',
          amountMinor: 800_000,
        }),
      { timeoutMs: 30_000 },
    );
  });
});
