import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { conflict, notFound } from '@playbook/service-kit/problem';
import type { Logger } from '@playbook/telemetry/logger';
import { closedBecause } from '../domain/approval.ts';
import { type ApprovalRow, findBySubject, findRequest, markWithdrawn, recordDecision } from './approvals.store.ts';

export interface Decision {
  id: string;
  verdict: 'granted' | 'rejected';
  by: string;
  comment: string | null;
  /** The approver role the caller was checked against: an escalation in between makes the decision stale. */
  approverRole: string;
}

/**
 * Records a decision on a pending request (locked) and publishes ApprovalGranted or ApprovalRejected.
 * A decided request is 409 APPROVALS.ALREADY_DECIDED, a withdrawn one 409 APPROVALS.WITHDRAWN, one
 * that escalated meanwhile 409 APPROVALS.REROUTED.
 */
export async function decide(tx: Tx, publisher: Publisher, d: Decision): Promise<ApprovalRow> {
  const current = await findRequest(tx, d.id, true);
  if (!current) throw notFound('The approval request', 'APPROVALS.NOT_FOUND');
  const closed = closedBecause(current.status);
  if (closed === 'withdrawn')
    throw conflict('This request was withdrawn: its subject was cancelled.', 'APPROVALS.WITHDRAWN');
  if (closed === 'decided')
    throw conflict(`This request was already ${current.status} by ${current.decided_by}.`, 'APPROVALS.ALREADY_DECIDED');
  if (current.approver_role !== d.approverRole) {
    throw new CodedError(
      'APPROVALS.REROUTED',
      'The request escalated to another approver while you decided; reload it.',
      409,
    );
  }
  const updated = await recordDecision(tx, d.id, { status: d.verdict, by: d.by, comment: d.comment });
  const event = {
    key: d.id,
    scope: { orgId: current.org_id, clientId: current.client_id, eventId: current.event_id },
    counts: { affected: 1 },
    payload: {
      approvalRequestId: d.id,
      subjectType: current.subject_type,
      subjectId: current.subject_id,
      eventId: current.event_id,
      clientId: current.client_id,
      decidedBy: d.by,
      comment: d.comment,
      amountMinor: Number(current.amount_minor),
    },
  };
  if (d.verdict === 'granted') await publisher.publish({ type: 'approvals.ApprovalGranted', ...event });
  else await publisher.publish({ type: 'approvals.ApprovalRejected', ...event });
  return updated;
}

/**
 * Withdraws the pending request of a subject that went away (a cancelled PO) and publishes
 * ApprovalWithdrawn. A decided or already withdrawn request stays as it is; no request (the
 * subject never needed one) is nothing to do.
 */
export async function withdrawForSubject(
  tx: Tx,
  publisher: Publisher,
  log: Logger,
  subject: { type: string; id: string; reason: string | null },
): Promise<void> {
  const row = await findBySubject(tx, subject.type, subject.id, true);
  if (row?.status !== 'pending') {
    log.info({ subject, status: row?.status ?? null }, 'no pending approval to withdraw');
    return;
  }
  await markWithdrawn(tx, row.approval_request_id, subject.reason);
  await publisher.publish({
    type: 'approvals.ApprovalWithdrawn',
    key: row.approval_request_id,
    scope: { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id },
    counts: { affected: 1 },
    payload: {
      approvalRequestId: row.approval_request_id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      eventId: row.event_id,
      clientId: row.client_id,
      reason: subject.reason,
    },
  });
}
