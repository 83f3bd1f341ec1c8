import { rulesIncluding } from '@playbook/testing/envelopes';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { approvalsDefinition } from '../src/definition.ts';
import { createTestWorld, json, publishThrough, type TestWorld } from './harness.ts';

/** Sign-offs for BOM line revisions and contracts, and withdrawals, from stand-ins publishing real events. */
const ORG = 'org-signoffs';
const SCOPE = { orgId: ORG, clientId: 'client-1', eventId: 'event-a' };
let world: TestWorld;
let approvals: Service;
const standIn: Record<'budget' | 'contracts' | 'spend', Service> = {} as never;
const tokens: Record<string, string> = {};

const call = (who: string, path: string, init: { method?: string; body?: unknown } = {}) =>
  approvals.app.request(path, {
    method: init.method ?? 'GET',
    headers: { authorization: tokens[who]!, 'content-type': 'application/json' },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
const outbox = (type: string, key: string) =>
  approvals.sql()<{ payload: any }[]>`select payload from outbox where type = ${type} and key = ${key} order by seq`;
const handled = (consumer: string, messageId: string) =>
  eventually(async () => {
    const rows = await approvals.sql()`select 1 from inbox where consumer = ${consumer} and message_id = ${messageId}`;
    expect(rows).toHaveLength(1);
  });
const requestFor = (subjectType: string, subjectId: string) =>
  eventually(async () => {
    const [row] = await approvals.sql()<{ approval_request_id: string }[]>`
      select approval_request_id from approval_requests where subject_type = ${subjectType} and subject_id = ${subjectId}`;
    expect(row).toBeDefined();
    return row!.approval_request_id;
  });
const requestsFor = async (subjectId: string) =>
  (await approvals.sql()`select 1 from approval_requests where subject_id = ${subjectId}`).length;
const pendingIds = async (who: string) =>
  (await json(await call(who, '/approvals/pending'))).items.map(
    (i: { approvalRequestId: string }) => i.approvalRequestId,
  );

const revision = (lineId: string, over: Record<string, unknown> = {}) => ({
  type: 'budget.BomLineRevised' as const,
  key: 'budget-1',
  scope: SCOPE,
  payload: {
    lineId,
    budgetId: 'budget-1',
    eventId: 'event-a',
    clientId: 'client-1',
    category: 'av',
    description: 'LED wall',
    quantity: 2,
    unitCostMinor: 1_000_000,
    currency: 'USD',
    plannedMinor: 2_000_000,
    previousPlannedMinor: 3_250_000,
    deltaMinor: -1_250_000,
    vendorId: null,
    reason: 'smaller wall',
    revisedBy: 'pat',
    signOffRequired: true,
    signOffThresholdMinor: 500_000,
    ...over,
  },
});
const sentForSignature = (contractId: string, over: Record<string, unknown> = {}) => ({
  type: 'contracts.ContractSentForSignature' as const,
  key: contractId,
  scope: SCOPE,
  payload: {
    contractId,
    kind: 'SOW' as const,
    clientId: 'client-1',
    eventId: 'event-a' as string | null,
    vendorId: 'v-1',
    vendorName: 'Brightline AV',
    title: 'Lighting for Summit',
    valueMinor: 300_000 as number | null,
    currency: 'USD' as string | null,
    documentVersion: 1,
    signatories: ['ops@brightline.example'],
    sentBy: 'pat',
    ...over,
  },
});

beforeAll(async () => {
  world = await createTestWorld('approvals-signoffs');
  approvals = await world.start(approvalsDefinition({ escalationCheckMs: 3_600_000 }));
  for (const name of ['budget', 'contracts', 'spend'] as const) standIn[name] = await world.start({ name });
  const sql = approvals.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  const grants: [string, Role, { clientId?: string; eventId?: string }][] = [
    ['pat', 'producer', { eventId: 'event-a' }],
    ['sam', 'producer', { eventId: 'event-a' }],
    ['fin', 'finance', { clientId: 'client-1' }],
    ['cfo', 'finance', {}],
    ['ada', 'admin', {}],
  ];
  for (const [who, role, scope] of grants) {
    await accessProjection.grant(sql, { grantId: `g-${who}`, principalId: who, role, scope: { orgId: ORG, ...scope } });
    tokens[who] = await world.bearer({ id: who, orgId: ORG });
  }
}, 90_000);
afterAll(() => world?.dispose());

describe('a BOM line revised over the budget threshold', () => {
  it('asks for a sign-off for |deltaMinor| routed by policy, once per line', async () => {
    const lineId = `line-${randomUUID()}`;
    const first = await publishThrough(standIn.budget, revision(lineId), 'pat');
    const id = await requestFor('bom-line', lineId);
    const [requested] = await outbox('approvals.ApprovalRequested', id);
    expect(requested!.payload).toMatchObject({
      causationId: first,
      scope: SCOPE,
      rules: rulesIncluding({ name: 'approval-policy', parameters: { tier: '2', approverRole: 'finance' } }),
      payload: {
        subjectType: 'bom-line',
        subjectId: lineId,
        amountMinor: 1_250_000,
        currency: 'USD',
        approverScope: 'client',
        requestedBy: 'pat',
        summary: 'BOM line −12,500.00 USD — av: LED wall',
      },
    });
    expect(await pendingIds('fin')).toContain(id);
    const again = await publishThrough(standIn.budget, revision(lineId, { deltaMinor: 9_000_000 }), 'pat');
    await handled('route-sign-off-when-bom-line-revised', again);
    expect(await requestsFor(lineId)).toBe(1);
    expect(await outbox('approvals.ApprovalRequested', id)).toHaveLength(1);
  });

  it('asks nothing for a revision under the threshold', async () => {
    const lineId = `line-${randomUUID()}`;
    const message = await publishThrough(standIn.budget, revision(lineId, { signOffRequired: false }), 'pat');
    await handled('route-sign-off-when-bom-line-revised', message);
    expect(await requestsFor(lineId)).toBe(0);
  });
});

describe('a contract sent for signature', () => {
  it('asks for a sign-off for its value, and for 0 when it has none', async () => {
    const sow = `sow-${randomUUID()}`;
    await publishThrough(standIn.contracts, sentForSignature(sow), 'pat');
    const id = await requestFor('contract', sow);
    expect(await json(await call('sam', `/approvals/${id}`))).toMatchObject({
      subjectType: 'contract',
      amountMinor: 300_000,
      approverRole: 'producer',
      approverScope: 'event',
      requestedBy: 'pat',
      summary: 'SOW 3,000.00 USD — Brightline AV: Lighting for Summit',
    });
    expect(await pendingIds('sam')).toContain(id);
    expect(await pendingIds('pat')).not.toContain(id);
    const free = `sow-${randomUUID()}`;
    await publishThrough(standIn.contracts, sentForSignature(free, { valueMinor: null, currency: null }), 'pat');
    const freeId = await requestFor('contract', free);
    expect(await json(await call('ada', `/approvals/${freeId}`))).toMatchObject({
      amountMinor: 0,
      currency: 'USD',
      policyId: 'default/v1/tier-1',
    });
  });

  it('routes nothing for a contract without an event (an MSA), for now', async () => {
    const msa = `msa-${randomUUID()}`;
    const message = await publishThrough(
      standIn.contracts,
      sentForSignature(msa, { kind: 'MSA', eventId: null }),
      'pat',
    );
    await handled('route-sign-off-when-contract-sent', message);
    expect(await requestsFor(msa)).toBe(0);
  });
});

describe('a purchase order cancelled before a decision', () => {
  const raise = async (amountMinor: number) => {
    const purchaseOrderId = randomUUID();
    const payload = {
      purchaseOrderId,
      eventId: 'event-a',
      clientId: 'client-1',
      vendorId: 'v-1',
      vendorName: 'Brightline AV',
      amountMinor,
      currency: 'USD',
      engagementId: null,
      description: 'lighting-tech: 2 × day',
      raisedBy: 'pat',
    };
    await publishThrough(standIn.spend, {
      type: 'spend.PurchaseOrderRaised',
      key: purchaseOrderId,
      scope: SCOPE,
      payload,
    });
    return { purchaseOrderId, id: await requestFor('purchase-order', purchaseOrderId) };
  };
  const cancel = (purchaseOrderId: string, previousStatus = 'pending_approval') =>
    publishThrough(standIn.spend, {
      type: 'spend.PurchaseOrderCancelled',
      key: purchaseOrderId,
      scope: SCOPE,
      payload: {
        purchaseOrderId,
        eventId: 'event-a',
        clientId: 'client-1',
        vendorId: 'v-1',
        amountMinor: 100_000,
        currency: 'USD',
        previousStatus,
        engagementId: null,
        reason: 'engagement cancelled',
        bomLineId: null,
      },
    });

  it('withdraws the pending request once; a decision after that is 409 APPROVALS.WITHDRAWN', async () => {
    const po = await raise(100_000);
    await cancel(po.purchaseOrderId);
    await eventually(async () =>
      expect((await json(await call('ada', `/approvals/${po.id}`))).status).toBe('withdrawn'),
    );
    await handled('withdraw-approval-when-po-cancelled', await cancel(po.purchaseOrderId));
    const [withdrawn, ...more] = await outbox('approvals.ApprovalWithdrawn', po.id);
    expect(more).toHaveLength(0);
    expect(withdrawn!.payload).toMatchObject({
      scope: SCOPE,
      payload: {
        approvalRequestId: po.id,
        subjectType: 'purchase-order',
        subjectId: po.purchaseOrderId,
        reason: 'engagement cancelled',
      },
    });
    expect(await pendingIds('sam')).not.toContain(po.id);
    const late = await call('sam', `/approvals/${po.id}/grant`, { method: 'POST', body: {} });
    expect([late.status, (await json(late)).code]).toEqual([409, 'APPROVALS.WITHDRAWN']);
    expect(await outbox('approvals.ApprovalGranted', po.id)).toHaveLength(0);
  });

  it('leaves a decided request as it was', async () => {
    const po = await raise(100_000);
    expect((await call('sam', `/approvals/${po.id}/grant`, { method: 'POST', body: {} })).status).toBe(200);
    await handled('withdraw-approval-when-po-cancelled', await cancel(po.purchaseOrderId, 'approved'));
    expect((await json(await call('ada', `/approvals/${po.id}`))).status).toBe('granted');
    expect(await outbox('approvals.ApprovalWithdrawn', po.id)).toHaveLength(0);
  });

  it('shows an org-scope request only to holders of the role at the organization', async () => {
    const policy = {
      currency: 'USD',
      tiers: [
        { belowMinor: 100_000_000, approverRole: 'finance', approverScope: 'org', escalateAfterMs: 3_600_000 },
        { belowMinor: null, approverRole: 'admin', approverScope: 'org', escalateAfterMs: 3_600_000 },
      ],
      escalationChain: [],
    };
    expect((await call('ada', '/policies', { method: 'PUT', body: policy })).status).toBe(200);
    const po = await raise(200_000);
    expect(await pendingIds('cfo')).toContain(po.id);
    expect(await pendingIds('fin')).not.toContain(po.id);
    expect((await json(await call('fin', `/approvals/${po.id}/grant`, { method: 'POST', body: {} }))).code).toBe(
      'APPROVALS.NOT_APPROVER',
    );
  });
});
