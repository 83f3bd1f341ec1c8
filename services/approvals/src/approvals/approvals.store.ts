import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { ApprovalStatus } from '../domain/approval.ts';
import type { ChainStep } from '../domain/policy.ts';

export interface ApprovalRow {
  revision: number;
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
  status: ApprovalStatus;
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
  correlation_id: string;
  /** traceparent/baggage of the flow that asked for the approval, continued by the decision. */
  trace_headers: Record<string, string>;
  last_message_id: string;
  requested_at: Date;
}

export async function findRequest(db: Queryable, id: string, lock = false): Promise<ApprovalRow | undefined> {
  const [row] = await db<ApprovalRow[]>`
    select * from approval_requests where approval_request_id = ${id} ${lock ? db`for update` : db``}`;
  return row;
}

export async function findBySubject(db: Queryable, subjectType: string, subjectId: string, lock = false) {
  const [row] = await db<ApprovalRow[]>`
    select * from approval_requests where subject_type = ${subjectType} and subject_id = ${subjectId}
    order by revision desc limit 1 ${lock ? db`for update` : db``}`;
  return row;
}

/**
 * Pending requests `reader` may decide: the approver role (or admin) at a scope covering the
 * request's approver scope — an org-scope request needs an organization grant, a client-scope one a
 * grant on its client (or above), an event-scope one a grant on its event or the event's client
 * (from the scope tree) — and not their own. Keyset-paginated by (requested_at, id).
 */
export function pendingFor(
  db: Queryable,
  reader: Reader,
  page: { limit: number; after?: { at: Date; id: string } | undefined },
) {
  const after = page.after;
  const approvers = visible(db, reader, {
    roles: db`r.approver_role`,
    eventId: db`case when r.approver_scope = 'event' then r.event_id end`,
    clientId: db`case when r.approver_scope <> 'org' then r.client_id end`,
    clientFromTree: true,
  });
  return db<ApprovalRow[]>`
    select r.* from approval_requests r
    where r.status = 'pending' and r.requested_by <> ${reader.id} and ${approvers}
      ${after ? db`and (r.requested_at, r.approval_request_id) > (${after.at}, ${after.id})` : db``}
    order by r.requested_at, r.approval_request_id
    limit ${page.limit}`;
}

export interface NewRequest {
  approvalRequestId: string;
  orgId: string;
  clientId: string;
  eventId: string;
  subjectType: string;
  subjectId: string;
  amountMinor: number;
  currency: string;
  policyId: string;
  approverRole: string;
  approverScope: string;
  requestedBy: string;
  summary: string;
  escalateAfterMs: number;
  escalationChain: ChainStep[];
  dueAt: Date;
  correlationId: string;
  traceHeaders: Record<string, string>;
  lastMessageId: string;
  requestedAt: Date;
  revision: number;
}

/** Inserts a pending request; false when the subject has one already (one request per subject). */
export async function insertRequest(db: Queryable, r: NewRequest): Promise<boolean> {
  const inserted = await db`
    insert into approval_requests (approval_request_id, org_id, client_id, event_id, subject_type, subject_id, amount_minor,
      currency, policy_id, approver_role, approver_scope, requested_by, summary, escalate_after_ms, escalation_chain, due_at,
      correlation_id, trace_headers, last_message_id, requested_at, revision)
    values (${r.approvalRequestId}, ${r.orgId}, ${r.clientId}, ${r.eventId}, ${r.subjectType}, ${r.subjectId}, ${r.amountMinor},
      ${r.currency}, ${r.policyId}, ${r.approverRole}, ${r.approverScope}, ${r.requestedBy}, ${r.summary}, ${r.escalateAfterMs},
      ${db.json(r.escalationChain as never)}, ${r.dueAt}, ${r.correlationId}, ${db.json(r.traceHeaders)}, ${r.lastMessageId},
      ${r.requestedAt}, ${r.revision})
    on conflict (subject_type, subject_id, revision) do nothing
    returning 1`;
  return inserted.length === 1;
}

export async function recordDecision(
  db: Queryable,
  id: string,
  d: { status: 'granted' | 'rejected'; by: string; comment: string | null },
) {
  const [row] = await db<ApprovalRow[]>`
    update approval_requests set status = ${d.status}, decided_by = ${d.by}, decided_at = now(), comment = ${d.comment},
      due_at = null
    where approval_request_id = ${id} returning *`;
  return row!;
}

export async function markWithdrawn(db: Queryable, id: string, reason: string | null) {
  await db`update approval_requests set status = 'withdrawn', withdrawn_at = now(), withdraw_reason = ${reason}, due_at = null
           where approval_request_id = ${id}`;
}

/** The most overdue pending request, locked; skipped when another escalator holds it. */
export async function takeOverdue(db: Queryable, now: Date): Promise<ApprovalRow | undefined> {
  const [row] = await db<ApprovalRow[]>`
    select * from approval_requests where status = 'pending' and due_at <= ${now}
    order by due_at limit 1 for update skip locked`;
  return row;
}

export async function clearDeadline(db: Queryable, id: string) {
  await db`update approval_requests set due_at = null where approval_request_id = ${id}`;
}

export async function moveToApprover(
  db: Queryable,
  id: string,
  next: { role: string; scope: string; dueAt: Date; messageId: string },
) {
  await db`
    update approval_requests set approver_role = ${next.role}, approver_scope = ${next.scope}, due_at = ${next.dueAt},
      escalations = escalations + 1, last_message_id = ${next.messageId}
    where approval_request_id = ${id}`;
}
