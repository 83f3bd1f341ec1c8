import { expect } from 'vitest';
import { eventually } from '@playbook/testing/eventually';
import type { FlowDoc } from '../support/flow-docs.ts';
import { http, type Slice } from '../support/slice.ts';

/** The hops of the flow, in order. */
export const CORE_FLOW = [
  'vendors.VendorEngaged',
  'spend.PurchaseOrderRaised',
  'approvals.ApprovalRequested',
  'approvals.ApprovalGranted',
  'spend.PurchaseOrderApproved',
  'budget.BomLineSpendRecorded',
];
/** The AI orchestrator's runs in the flow: it reviews the engagement (and publishes the vendor's relationship
 * intelligence), the PO when raised and when approved, the SOW drafted, and the budget line's commitment — no
 * heads-up, as the engagement is at the rate card, the SOW covers the work and the line stays within its plan. */
export const AI_STEPS = [
  'ai.AiRunCompleted',
  'ai.InsightPublished',
  'ai.AiRunCompleted',
  'ai.AiRunCompleted',
  'ai.AiRunCompleted',
  'ai.AiRunCompleted',
];
/** What the flow does beside its hops, whose place among them depends on timing: contracts drafts the SOW,
 * work opens the approver's task and the grant closes it, Slack DMs the approver (Fran, finance), NetSuite
 * gets the approved PO and spend marks it exported, ai reviews each step. */
export const SIDE_STEPS = [
  'contracts.ContractDrafted',
  'work.WorkItemCreated',
  'work.WorkItemStatusChanged',
  'integrations.slack.SlackMessageDelivered',
  'integrations.netsuite.NetSuitePurchaseOrderExported',
  'spend.PurchaseOrderExported',
  ...AI_STEPS,
];
export const FLOW_TYPES = [...CORE_FLOW, ...SIDE_STEPS];
export const isSideStep = (type: string) => SIDE_STEPS.includes(type);

/** How flow 1 is drawn in docs/flows/ from the audit trail of its run. */
export const FLOW_1: FlowDoc = {
  file: 'flow-1-engage-a-vendor',
  title: 'Flow 1 — engage a vendor',
  summary:
    'A producer engages a vendor for an event; everything else follows from that fact on the bus: a purchase order is raised, a sign-off is routed by policy and Slack DMs the approver, finance grants it, the purchase order is approved and exported to NetSuite — one correlation id from the first request to the last consumer.',
};

/**
 * The fan-out the design exists for, over HTTP only: Pat engages Acme AV (sent twice with one
 * Idempotency-Key) → spend raises one PO → approvals routes it to finance → Fran grants → the PO
 * is approved → activity tells the whole story under one correlation id, with the right actors.
 */
export async function engageApproveAndAudit(
  slice: Slice,
  correlationId: string,
  traceparent?: string,
  /** Runs once the engagement is accepted, while its consequences are still travelling (fault tests). */
  midFlow?: () => Promise<void>,
) {
  const { demo, url } = slice;
  const { pat, fran, alex } = demo.users;
  const committed = async () =>
    (await http(`${url('budget')}/events/${demo.eventId}/budget`, pat.token)).body.totals.committedMinor as number;
  const committedBefore = await committed();
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
  await midFlow?.();
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
  await eventually(async () => expect(await committed()).toBe(committedBefore + 1_260_000));

  const sow = await eventually(async () => {
    const list = await http(`${url('contracts')}/contracts?engagementId=${engagementId}`, pat.token);
    expect(list.body.items).toHaveLength(1);
    return list.body.items[0];
  });
  expect(sow).toMatchObject({ kind: 'SOW', parentContractId: demo.contracts.acmeMsa, valueMinor: 1_260_000 });

  const story = await eventually(
    async () => {
      const audit = await http(`${url('activity')}/activity?correlationId=${correlationId}`, alex.token);
      const types: string[] = audit.body.items.map((e: { type: string }) => e.type);
      expect(types.filter((t) => !isSideStep(t))).toEqual(CORE_FLOW);
      expect(types.filter(isSideStep).sort()).toEqual([...SIDE_STEPS].sort());
      return audit.body.items as {
        type: string;
        actor: { kind: string; id: string };
        correlationId: string;
        payload?: any;
      }[];
    },
    { timeoutMs: 30_000 },
  );
  expectEveryEnvelopeAccountsForItself(story);
  const actors = story.filter((e) => !isSideStep(e.type)).map((e) => e.actor.id);
  expect(actors).toEqual([pat.userId, pat.userId, pat.userId, fran.userId, fran.userId, fran.userId]);
  const isAi = (type: string) => type.startsWith('ai.');
  for (const e of story.filter((e) => isAi(e.type))) expect(e.actor.kind, `${e.type} actor`).toBe('ai');
  const sideActors = Object.fromEntries(
    story.filter((e) => isSideStep(e.type) && !isAi(e.type)).map((e) => [e.type, e.actor.id]),
  );
  expect(sideActors).toEqual({
    'contracts.ContractDrafted': pat.userId,
    'work.WorkItemCreated': pat.userId,
    'work.WorkItemStatusChanged': fran.userId,
    'integrations.slack.SlackMessageDelivered': 'slack',
    'integrations.netsuite.NetSuitePurchaseOrderExported': 'netsuite',
    'spend.PurchaseOrderExported': 'netsuite',
  });
  const ids = {
    engagementId,
    purchaseOrderId: po.purchaseOrderId as string,
    approvalRequestId: approval.approvalRequestId as string,
  };
  await expectConnectorSteps(slice, ids, story);
  return ids;
}

/**
 * Flow 1's connector steps, seen from the vendors' side: the approver (Fran, the one finance holder;
 * never the requester) got exactly one Slack DM for the approval, and NetSuite holds exactly one
 * purchase order for the PO (external id = the PO id) on Acme AV's NetSuite record, whose internal
 * id and document number the PO shows once spend marked it exported.
 */
async function expectConnectorSteps(
  slice: Slice,
  ids: { purchaseOrderId: string; approvalRequestId: string },
  story: { type: string; payload?: any }[],
) {
  const sandbox = async (system: 'slack' | 'netsuite', path: string) =>
    (await fetch(`${slice.sandboxes.url(system)}${path}`)).json() as Promise<any[]>;
  const { fran, pat } = slice.demo.users;
  const dms = story.filter((e) => e.type === 'integrations.slack.SlackMessageDelivered');
  expect(dms).toHaveLength(1);
  expect(dms[0]!.payload).toMatchObject({
    kind: 'approval-dm',
    recipientUserId: fran.userId,
    subjectId: ids.approvalRequestId,
    channel: 'DU0LUMENFRAN',
  });
  const messages = await sandbox('slack', '/sandbox/messages');
  const posted = messages.filter((m) => m.metadata?.event_payload.delivery_id === dms[0]!.payload.deliveryId);
  expect(posted).toHaveLength(1);
  expect(posted[0]!.text).toMatch(/Approval needed \(finance\): .* 12600\.00 USD/);
  const toFran = messages.filter((m) => m.channel === 'DU0LUMENFRAN' && m.text === posted[0]!.text);
  expect(toFran).toHaveLength(1);
  expect(messages.some((m) => m.channel === 'DU0LUMENPAT' && m.text === posted[0]!.text)).toBe(false);

  const purchaseOrders = await sandbox('netsuite', '/sandbox/purchase-orders');
  const inNetSuite = purchaseOrders.filter((p) => p.externalId === ids.purchaseOrderId);
  expect(inNetSuite).toHaveLength(1);
  expect(inNetSuite[0]).toMatchObject({ entity: { id: '301', refName: 'V-1001' }, total: 12600 });
  const exported = story.filter((e) => e.type === 'spend.PurchaseOrderExported');
  expect(exported).toHaveLength(1);
  expect(exported[0]!.payload).toMatchObject({
    purchaseOrderId: ids.purchaseOrderId,
    erpSystem: 'netsuite',
    erpDocumentId: inNetSuite[0]!.id,
    erpDocumentNumber: inNetSuite[0]!.tranId,
  });
  const read = await http(`${slice.url('spend')}/purchase-orders/${ids.purchaseOrderId}`, pat.token);
  expect(read.body.erp).toMatchObject({
    system: 'netsuite',
    documentId: inNetSuite[0]!.id,
    documentNumber: inNetSuite[0]!.tranId,
  });
}

interface Accounted {
  type: string;
  counts?: Record<string, number>;
  rules?: { name: string; parameters: Record<string, string> }[];
  diagnostics?: { elapsedMs: number | null; dbRoundTrips: number | null };
}

/**
 * The envelope's governance fields, filled truthfully by every step of the flow: counts of what it
 * changed, the rules it applied (the permission checked for a command, the reaction for a consumer,
 * plus the module's own: policy, threshold, template) and what it cost (measured, not written).
 */
export function expectEveryEnvelopeAccountsForItself(story: Accounted[]) {
  for (const entry of story) {
    expect(Object.keys(entry.counts ?? {}).length, `${entry.type} counts`).toBeGreaterThan(0);
    expect(entry.rules?.length ?? 0, `${entry.type} rules`).toBeGreaterThan(0);
    expect(entry.diagnostics?.elapsedMs, `${entry.type} elapsedMs`).toBeTypeOf('number');
    expect(entry.diagnostics?.dbRoundTrips ?? 0, `${entry.type} dbRoundTrips`).toBeGreaterThan(0);
  }
}

/**
 * Flow 1 undone: Pat calls off the approved engagement → spend cancels its PO → budget releases
 * the commitment (committed back to what it was) → activity tells it under the cancel's correlation id.
 */
export async function cancelAndRelease(slice: Slice, ids: { engagementId: string; purchaseOrderId: string }) {
  const { demo, url } = slice;
  const { pat, alex } = demo.users;
  const committed = async () =>
    (await http(`${url('budget')}/events/${demo.eventId}/budget`, pat.token)).body.totals.committedMinor as number;
  const before = await committed();
  const correlationId = `cancel-${ids.engagementId}`;
  const cancelled = await http(`${url('vendors')}/engagements/${ids.engagementId}/cancel`, pat.token, {
    body: { reason: 'Client moved the stage build in-house' },
    correlationId,
  });
  expect(cancelled.status).toBe(200);
  await eventually(async () => {
    const po = await http(`${url('spend')}/purchase-orders/${ids.purchaseOrderId}`, pat.token);
    expect(po.body.status).toBe('cancelled');
    expect(await committed()).toBe(before - 1_260_000);
  });
  await eventually(async () => {
    const audit = await http(`${url('activity')}/activity?correlationId=${correlationId}`, alex.token);
    const types = audit.body.items.map((e: { type: string }) => e.type);
    expect(types).toEqual(
      expect.arrayContaining([
        'vendors.EngagementCancelled',
        'spend.PurchaseOrderCancelled',
        'budget.BomLineSpendRecorded',
      ]),
    );
    const released = audit.body.items.find((e: { type: string }) => e.type === 'budget.BomLineSpendRecorded');
    expect(released.payload).toMatchObject({ change: 'released', amountMinor: 1_260_000 });
  });
}
