import { expect } from 'vitest';
import { eventually } from '@playbook/testing/eventually';
import { http, type Slice } from '../support/slice.ts';

/** The hops of the flow, in order. */
export const CORE_FLOW = [
  'vendors.VendorEngaged',
  'spend.PurchaseOrderRaised',
  'approvals.ApprovalRequested',
  'approvals.ApprovalGranted',
  'spend.PurchaseOrderApproved',
];
/** What work adds to the same flow, beside the hops: the approver's task, opened and then closed by the grant. */
export const APPROVER_TASK = ['work.WorkItemCreated', 'work.WorkItemStatusChanged'];
export const FLOW_TYPES = [...CORE_FLOW, ...APPROVER_TASK];
const isWork = (type: string) => type.startsWith('work.');

/**
 * The fan-out the design exists for, over HTTP only: Pat engages Acme AV (sent twice with one
 * Idempotency-Key) → spend raises one PO → approvals routes it to finance → Fran grants → the PO
 * is approved → activity tells the whole story under one correlation id, with the right actors.
 */
export async function engageApproveAndAudit(slice: Slice, correlationId: string, traceparent?: string) {
  const { demo, url } = slice;
  const { pat, fran, alex } = demo.users;
  const engagement = {
    vendorId: demo.vendors.acmeAv,
    eventId: demo.eventId,
    serviceLine: 'led-wall',
    unit: 'day',
    quantity: 3,
    startsOn: '2027-03-09',
    endsOn: '2027-03-12',
  };
  const send = () =>
    http(`${url('vendors')}/engagements`, pat.token, {
      body: engagement,
      key: `engage-${correlationId}`,
      correlationId,
      traceparent,
    });
  const first = await send();
  expect(first.status).toBe(201);
  expect(first.body).toMatchObject({ amountMinor: 1_260_000, currency: 'USD', rateCardUnitRateMinor: 420_000 });
  const again = await send();
  expect(again.status).toBe(201);
  expect(again.headers.get('idempotent-replayed')).toBe('true');
  expect(again.body.engagementId).toBe(first.body.engagementId);
  const { engagementId } = first.body;

  const po = await eventually(async () => {
    const list = await http(`${url('spend')}/purchase-orders?eventId=${demo.eventId}`, pat.token);
    const mine = list.body.items.filter((p: { engagementId: string }) => p.engagementId === engagementId);
    expect(mine).toHaveLength(1);
    return mine[0];
  });
  expect(po).toMatchObject({
    status: 'pending_approval',
    amountMinor: 1_260_000,
    raisedBy: pat.userId,
    vendorName: 'Acme AV',
  });

  const approval = await eventually(async () => {
    const pending = await http(`${url('approvals')}/approvals/pending`, fran.token);
    const found = pending.body.items.find((a: { subjectId: string }) => a.subjectId === po.purchaseOrderId);
    expect(found).toBeDefined();
    return found;
  });
  expect(approval).toMatchObject({ approverRole: 'finance', requestedBy: pat.userId, amountMinor: 1_260_000 });
  const patsQueue = await http(`${url('approvals')}/approvals/pending`, pat.token);
  expect(patsQueue.body.items.map((a: { approvalRequestId: string }) => a.approvalRequestId)).not.toContain(
    approval.approvalRequestId,
  );

  const own = await http(`${url('approvals')}/approvals/${approval.approvalRequestId}/grant`, pat.token, {
    body: { comment: 'mine' },
  });
  expect(own.status).toBe(403);
  expect(own.body.code).toBe('APPROVALS.OWN_REQUEST');
  const granted = await http(`${url('approvals')}/approvals/${approval.approvalRequestId}/grant`, fran.token, {
    body: { comment: 'Within budget' },
  });
  expect(granted.status).toBe(200);

  await eventually(async () => {
    const read = await http(`${url('spend')}/purchase-orders/${po.purchaseOrderId}`, pat.token);
    expect(read.body.status).toBe('approved');
  });

  const story = await eventually(
    async () => {
      const audit = await http(`${url('activity')}/activity?correlationId=${correlationId}`, alex.token);
      const types: string[] = audit.body.items.map((e: { type: string }) => e.type);
      expect(types.filter((t) => !isWork(t))).toEqual(CORE_FLOW);
      expect(types.filter(isWork)).toEqual(APPROVER_TASK);
      return audit.body.items as { type: string; actor: { kind: string; id: string }; correlationId: string }[];
    },
    { timeoutMs: 30_000 },
  );
  const actors = story.filter((e) => !isWork(e.type)).map((e) => e.actor.id);
  expect(actors).toEqual([pat.userId, pat.userId, pat.userId, fran.userId, fran.userId]);
  expect(story.filter((e) => isWork(e.type)).map((e) => e.actor.id)).toEqual([pat.userId, fran.userId]);
  return {
    engagementId,
    purchaseOrderId: po.purchaseOrderId as string,
    approvalRequestId: approval.approvalRequestId as string,
  };
}
