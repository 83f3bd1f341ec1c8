import { rulesIncluding } from '@playbook/testing/envelopes';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { approvalsDefinition } from '../src/definition.ts';
import { startEscalator } from '../src/workers/escalate-overdue-approvals.worker.ts';
import { createTestWorld, emit, emitter, json, type TestWorld } from './harness.ts';

const ORG = 'org-acme';
const HOUR = 3_600_000;
const START = Date.UTC(2030, 0, 6, 9);
const clock = START;
let world: TestWorld;
let approvals: Service;
let spend: Service;
const tokens: Record<string, string> = {};

const grants: [string, Role, { clientId?: string; eventId?: string }][] = [
  ['pat', 'producer', { eventId: 'event-a' }], // raises the POs
  ['sam', 'producer', { eventId: 'event-a' }],
  ['fin', 'finance', { clientId: 'client-1' }],
  ['fin-event', 'finance', { eventId: 'event-a' }], // finance, but not at client scope
  ['vic', 'viewer', { eventId: 'event-a' }],
  ['ada', 'admin', {}],
  ['bob', 'producer', { eventId: 'event-b' }],
];

const call = (
  who: string,
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
) =>
  approvals.app.request(path, {
    method: init.method ?? 'GET',
    headers: { authorization: tokens[who]!, 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
const outbox = (type: string, key: string) =>
  approvals.sql()<{ payload: any }[]>`select payload from outbox where type = ${type} and key = ${key} order by seq`;

async function raisePo(amountMinor: number, options: { poId?: string; correlationId?: string; eventId?: string } = {}) {
  const poId = options.poId ?? `po-${randomUUID()}`;
  const eventId = options.eventId ?? 'event-a';
  const res = await emit(
    spend,
    tokens.pat!,
    {
      type: 'spend.PurchaseOrderRaised',
      key: poId,
      scope: { orgId: ORG, clientId: 'client-1', eventId },
      payload: {
        purchaseOrderId: poId,
        eventId,
        clientId: 'client-1',
        vendorId: 'v-1',
        amountMinor,
        currency: 'USD',
        vendorName: 'Acme AV',
        engagementId: null,
        description: 'lighting-technician × 3 day',
        raisedBy: 'pat',
      },
    },
    options.correlationId ? { 'x-correlation-id': options.correlationId } : {},
  );
  expect(res.status).toBe(201);
  const envelope = await json(res);
  const request = await eventually(async () => {
    const [row] = await approvals.sql()`select * from approval_requests where subject_id = ${poId}`;
    expect(row).toBeDefined();
    return row!;
  });
  return { poId, envelope, id: request.approval_request_id as string };
}

beforeAll(async () => {
  world = await createTestWorld('approvals');
  approvals = await world.start(approvalsDefinition({ now: () => clock }));
  spend = await world.start(emitter('spend'), 'spendfake');
  const sql = approvals.sql();
  await accessProjection.recordClient(sql, ORG, 'client-1');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-a');
  await accessProjection.recordEvent(sql, ORG, 'client-1', 'event-b');
  for (const [who, role, scope] of grants) {
    await accessProjection.grant(sql, { grantId: `g-${who}`, principalId: who, role, scope: { orgId: ORG, ...scope } });
    tokens[who] = await world.bearer({ id: who, orgId: ORG });
  }
});
afterAll(() => world?.dispose());

describe('a PO raised → an approval routed by policy', () => {
  let po: Awaited<ReturnType<typeof raisePo>>;
  beforeAll(async () => {
    po = await raisePo(1_250_000, { correlationId: 'flow-po-1' });
  });

  it('stores one pending request for finance at the client and publishes ApprovalRequested in the same flow', async () => {
    const [event, ...more] = await outbox('approvals.ApprovalRequested', po.id);
    expect(more).toHaveLength(0);
    expect(event!.payload).toMatchObject({
      correlationId: 'flow-po-1',
      causationId: po.envelope.messageId,
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      actor: { kind: 'user', id: 'pat' },
      rules: rulesIncluding({ name: 'approval-policy', parameters: { policyId: 'default/v1/tier-2', tier: '2' } }),
      payload: {
        approvalRequestId: po.id,
        subjectType: 'purchase-order',
        subjectId: po.poId,
        amountMinor: 1_250_000,
        currency: 'USD',
        policyId: 'default/v1/tier-2',
        approverRole: 'finance',
        approverScope: 'client',
        requestedBy: 'pat',
        dueAt: START + 48 * HOUR,
        summary: 'PO 12,500.00 USD — Acme AV, lighting-technician × 3 day',
      },
    });
    expect(await json(await call('vic', `/approvals/${po.id}`))).toMatchObject({
      status: 'pending',
      approverRole: 'finance',
      requestedBy: 'pat',
    });
  });

  it('makes no second request when the PO is raised again (a replay)', async () => {
    const again = await emit(spend, tokens.pat!, {
      type: 'spend.PurchaseOrderRaised',
      key: po.poId,
      scope: po.envelope.scope,
      payload: po.envelope.payload,
    });
    const second = (await json(again)).messageId;
    await eventually(async () => {
      const [seen] =
        await approvals.sql()`select 1 from inbox where consumer = 'route-approval-when-po-raised' and message_id = ${second}`;
      expect(seen).toBeDefined();
    });
    expect(await approvals.sql()`select 1 from approval_requests where subject_id = ${po.poId}`).toHaveLength(1);
    expect(await outbox('approvals.ApprovalRequested', po.id)).toHaveLength(1);
  });

  it('shows it pending to finance at the client and to an admin, to nobody else', async () => {
    const pendingIds = async (who: string) =>
      (await json(await call(who, '/approvals/pending'))).items.map((i: any) => i.approvalRequestId);
    expect(await pendingIds('fin')).toContain(po.id);
    expect(await pendingIds('ada')).toContain(po.id);
    for (const who of ['pat', 'sam', 'fin-event', 'vic', 'bob']) expect(await pendingIds(who)).not.toContain(po.id);
  });

  it('refuses a viewer, the raiser and a non-approver with 403 problems, leaving no decision', async () => {
    const viewer = await call('vic', `/approvals/${po.id}/grant`, { method: 'POST', body: {} });
    expect(viewer.status).toBe(403);
    expect(viewer.headers.get('content-type')).toBe('application/problem+json');
    expect((await json(viewer)).code).toBe('AUTH.FORBIDDEN');
    const own = await call('pat', `/approvals/${po.id}/grant`, { method: 'POST', body: {} });
    expect(own.status).toBe(403);
    expect((await json(own)).code).toBe('APPROVALS.OWN_REQUEST');
    const producer = await call('sam', `/approvals/${po.id}/grant`, { method: 'POST', body: {} });
    expect((await json(producer)).code).toBe('APPROVALS.NOT_APPROVER');
    expect((await json(await call('fin-event', `/approvals/${po.id}/grant`, { method: 'POST', body: {} }))).code).toBe(
      'APPROVALS.NOT_APPROVER',
    );
    expect(await outbox('approvals.ApprovalGranted', po.id)).toHaveLength(0);
    expect((await json(await call('fin', `/approvals/${po.id}`))).status).toBe('pending');
  });

  it('refuses a reject without a reason (400)', async () => {
    const res = await call('fin', `/approvals/${po.id}/reject`, { method: 'POST', body: {} });
    expect(res.status).toBe(400);
  });

  it('lets finance grant once: a replay with the same Idempotency-Key returns the first decision, a second decision is 409', async () => {
    const grant = () =>
      call('fin', `/approvals/${po.id}/grant`, {
        method: 'POST',
        body: { comment: 'ok within budget' },
        headers: { 'idempotency-key': 'grant-1' },
      });
    const first = await grant();
    expect(first.status).toBe(200);
    const body = await json(first);
    expect(body).toMatchObject({ status: 'granted', decidedBy: 'fin', comment: 'ok within budget' });
    const replay = await grant();
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await json(replay)).toEqual(body);
    const second = await call('ada', `/approvals/${po.id}/reject`, { method: 'POST', body: { comment: 'too late' } });
    expect(second.status).toBe(409);
    expect((await json(second)).code).toBe('APPROVALS.ALREADY_DECIDED');
    const [granted, ...more] = await outbox('approvals.ApprovalGranted', po.id);
    expect(more).toHaveLength(0);
    expect(await outbox('approvals.ApprovalRejected', po.id)).toHaveLength(0);
    expect(granted!.payload).toMatchObject({
      scope: { orgId: ORG, clientId: 'client-1', eventId: 'event-a' },
      actor: { kind: 'user', id: 'fin' },
      payload: { approvalRequestId: po.id, subjectId: po.poId, decidedBy: 'fin', comment: 'ok within budget' },
    });
    expect(
      (await json(await call('fin', '/approvals/pending'))).items.map((i: any) => i.approvalRequestId),
    ).not.toContain(po.id);
  });
});

describe('a small PO → a producer at the event, then escalation', () => {
  let po: Awaited<ReturnType<typeof raisePo>>;
  beforeAll(async () => {
    po = await raisePo(499_999);
  });

  it('routes below 5,000.00 to a producer of the event other than the raiser', async () => {
    expect(await json(await call('sam', `/approvals/${po.id}`))).toMatchObject({
      approverRole: 'producer',
      approverScope: 'event',
      policyId: 'default/v1/tier-1',
    });
    expect((await json(await call('sam', '/approvals/pending'))).items.map((i: any) => i.approvalRequestId)).toContain(
      po.id,
    );
    expect(
      (await json(await call('pat', '/approvals/pending'))).items.map((i: any) => i.approvalRequestId),
    ).not.toContain(po.id);
    expect((await json(await call('pat', `/approvals/${po.id}/grant`, { method: 'POST', body: {} }))).code).toBe(
      'APPROVALS.OWN_REQUEST',
    );
    expect((await call('bob', `/approvals/${po.id}`)).status).toBe(403);
  });

  it('escalates once past the deadline, even with two escalators running at once', async () => {
    const later = START + 49 * HOUR;
    const a = startEscalator(approvals, { intervalMs: HOUR, now: () => later });
    const b = startEscalator(approvals, { intervalMs: HOUR, now: () => later });
    try {
      const runs = await Promise.all([a.runOnce(), b.runOnce(), a.runOnce()]);
      expect(runs.flat().filter((id) => id === po.id)).toHaveLength(1);
      expect(await b.runOnce()).not.toContain(po.id);
    } finally {
      await a.stop();
      await b.stop();
    }
    const [escalated, ...more] = await outbox('approvals.ApprovalEscalated', po.id);
    expect(more).toHaveLength(0);
    expect(escalated!.payload).toMatchObject({
      actor: { kind: 'schedule', id: 'approvals-escalator' },
      correlationId: po.envelope.correlationId,
      payload: { approvalRequestId: po.id, fromRole: 'producer', toRole: 'finance', dueAt: later + 48 * HOUR },
    });
    expect(await json(await call('fin', `/approvals/${po.id}`))).toMatchObject({
      approverRole: 'finance',
      approverScope: 'client',
      escalations: 1,
    });
    expect((await json(await call('fin', '/approvals/pending'))).items.map((i: any) => i.approvalRequestId)).toContain(
      po.id,
    );
    expect((await json(await call('sam', `/approvals/${po.id}/grant`, { method: 'POST', body: {} }))).code).toBe(
      'APPROVALS.NOT_APPROVER',
    );
  });

  it('lets the new approver grant it, with no body at all', async () => {
    const res = await approvals.app.request(`/approvals/${po.id}/grant`, {
      method: 'POST',
      headers: { authorization: tokens.fin! },
    });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ status: 'granted', decidedBy: 'fin', comment: null, dueAt: null });
    expect(await outbox('approvals.ApprovalGranted', po.id)).toHaveLength(1);
  });
});

describe('policies (admin)', () => {
  const policy = {
    currency: 'USD',
    tiers: [
      { belowMinor: 100_000, approverRole: 'producer', approverScope: 'event', escalateAfterMs: HOUR },
      { belowMinor: null, approverRole: 'finance', approverScope: 'client', escalateAfterMs: HOUR },
    ],
    escalationChain: [
      { role: 'producer', scope: 'event' },
      { role: 'finance', scope: 'client' },
    ],
  };

  it('shows the defaults, refuses non-admins, validates and replaces the table; new POs route by it', async () => {
    expect(await json(await call('ada', '/policies'))).toMatchObject({
      source: 'default',
      version: 1,
      tiers: [{ belowMinor: 500_000 }, {}, { belowMinor: null }],
    });
    expect((await call('fin', '/policies')).status).toBe(403);
    expect((await call('fin', '/policies', { method: 'PUT', body: policy })).status).toBe(403);
    const descending = {
      ...policy,
      tiers: [
        { ...policy.tiers[0], belowMinor: 200_000 },
        { ...policy.tiers[0], belowMinor: 100_000 },
        policy.tiers[1],
      ],
    };
    const bad = await call('ada', '/policies', { method: 'PUT', body: descending });
    expect(bad.status).toBe(400);
    expect(await json(bad)).toMatchObject({
      code: 'APPROVALS.INVALID_POLICY',
      errors: [{ path: 'tiers.1.belowMinor' }],
    });
    const closed = await call('ada', '/policies', { method: 'PUT', body: { ...policy, tiers: [policy.tiers[0]] } });
    expect((await json(closed)).errors[0].message).toMatch(/open-ended/);
    const put = await call('ada', '/policies', { method: 'PUT', body: policy });
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({
      source: 'organization',
      version: 1,
      updatedBy: 'ada',
      tiers: policy.tiers,
    });
    const routed = await raisePo(100_000);
    expect(await json(await call('ada', `/approvals/${routed.id}`))).toMatchObject({
      approverRole: 'finance',
      policyId: `${ORG}/v1/tier-2`,
    });
  });
});
