import { dayOf, type Mappers, words } from './changes.ts';

/** Purchase orders (spend) and approval requests (approvals), both at an event. */
export const spendRecords: Mappers = {
  'spend.PurchaseOrderRaised': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'purchase_order',
        id: p.purchaseOrderId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.description,
        body: words('purchase order', p.currency),
        status: 'pending_approval',
        onDate: dayOf(occurredAt),
        vendorId: p.vendorId,
        vendorName: p.vendorName,
      },
    },
  ],
  'spend.PurchaseOrderApproved': ({ payload: p }) => [
    { kind: 'patch', type: 'purchase_order', id: p.purchaseOrderId, set: { status: 'approved' } },
  ],
  'spend.PurchaseOrderRejected': ({ payload: p }) => [
    { kind: 'patch', type: 'purchase_order', id: p.purchaseOrderId, set: { status: 'rejected' } },
  ],
  'spend.PurchaseOrderCancelled': ({ payload: p }) => [
    { kind: 'patch', type: 'purchase_order', id: p.purchaseOrderId, set: { status: 'cancelled' } },
  ],
};

export const approvalsRecords: Mappers = {
  'approvals.ApprovalRequested': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'approval',
        id: p.approvalRequestId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.summary,
        body: words('approval', p.subjectType.replaceAll('_', ' '), p.approverRole),
        status: 'pending',
        onDate: dayOf(occurredAt),
      },
    },
  ],
  'approvals.ApprovalGranted': ({ payload: p }) => [
    { kind: 'patch', type: 'approval', id: p.approvalRequestId, set: { status: 'granted' } },
  ],
  'approvals.ApprovalRejected': ({ payload: p }) => [
    { kind: 'patch', type: 'approval', id: p.approvalRequestId, set: { status: 'rejected' } },
  ],
  'approvals.ApprovalWithdrawn': ({ payload: p }) => [
    { kind: 'patch', type: 'approval', id: p.approvalRequestId, set: { status: 'withdrawn' } },
  ],
};
