import type { Queryable } from '@playbook/db/client';
import type { ChainStep } from '../domain/policy.ts';

export interface ApprovalRow {
  approval_request_id: string;
  org_id: string;
  client_id: string;
  event_id: string;
  subject_type: string;
  subject_id: string;
  amount_minor: string;
  currency: string;
  policy_id: string;
  approver_role: string;
  approver_scope: string;
  requested_by: string;
  summary: string;
  escalate_after_ms: string;
  escalation_chain: ChainStep[];
  escalations: number;
  due_at: Date | null;
  status: 'pending' | 'granted' | 'rejected';
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
  correlation_id: string;
  /** traceparent/baggage of the flow that asked for the approval, continued by the decision. */
  trace_headers: Record<string, string>;
  last_message_id: string;
  requested_at: Date;
}

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

export async function findRequest(db: Queryable, id: string): Promise<ApprovalRow | undefined> {
  const [row] = await db<ApprovalRow[]>`select * from approval_requests where approval_request_id = ${id}`;
  return row;
}

/**
 * Pending requests `principalId` may decide: they hold the approver role (or admin) at a scope
 * covering the request's approver scope, and did not raise it themselves. The coverage test is
 * the SQL twin of `rolesOver` (kit access projection): org-wide grants cover everything; a client
 * grant covers the client and, through the projected scope tree, its events; an event grant covers
 * that event only. Keyset-paginated by (requested_at, id).
 */
export async function pendingFor(
  db: Queryable,
  principal: { id: string; orgId: string },
  page: { limit: number; after?: { at: Date; id: string } | undefined },
) {
  const after = page.after;
  return db<ApprovalRow[]>`
    select r.* from approval_requests r
    left join access_scope_nodes n on n.id = r.event_id and n.kind = 'event' and n.org_id = r.org_id
    where r.status = 'pending' and r.org_id = ${principal.orgId} and r.requested_by <> ${principal.id}
      and not exists (select 1 from access_principals p where p.principal_id = ${principal.id} and p.deactivated_at is not null)
      and exists (
        select 1 from access_grants g
        where g.principal_id = ${principal.id} and g.org_id = r.org_id and g.role in (r.approver_role, 'admin')
          and ((g.client_id is null and g.event_id is null)
            or (r.approver_scope = 'client' and g.event_id is null and g.client_id = r.client_id)
            or (r.approver_scope = 'event' and g.event_id is null and g.client_id = n.client_id)
            or (r.approver_scope = 'event' and g.event_id = r.event_id)))
      ${after ? db`and (r.requested_at, r.approval_request_id) > (${after.at}, ${after.id})` : db``}
    order by r.requested_at, r.approval_request_id
    limit ${page.limit}`;
}
