import type { ApprovalRow } from './approvals.store.ts';

/** The HTTP shape of a request. */
export function toView(row: ApprovalRow) {
  return {
    approvalRequestId: row.approval_request_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    orgId: row.org_id,
    clientId: row.client_id,
    eventId: row.event_id,
    amountMinor: Number(row.amount_minor),
    currency: row.currency,
    policyId: row.policy_id,
    approverRole: row.approver_role,
    approverScope: row.approver_scope,
    requestedBy: row.requested_by,
    summary: row.summary,
    status: row.status,
    dueAt: row.due_at?.toISOString() ?? null,
    escalations: row.escalations,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at?.toISOString() ?? null,
    comment: row.comment,
    requestedAt: row.requested_at.toISOString(),
  };
}
export type ApprovalView = ReturnType<typeof toView>;
