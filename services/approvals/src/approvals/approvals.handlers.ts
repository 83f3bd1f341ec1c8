import { CodedError } from '@playbook/errors/coded-error';
import { rolesOver } from '@playbook/service-kit/access-projection';
import type { AppEnv } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { conflict, forbidden, notFound } from '@playbook/service-kit/problem';
import type { Context } from 'hono';
import { approverTarget, decisionRefusal } from '../domain/approval.ts';
import { findRequest, toView, type ApprovalRow } from './approvals.store.ts';

const REFUSALS = {
  OWN_REQUEST: 'A producer may not approve their own PO: you raised this request.',
  NOT_APPROVER: 'This request waits on another approver: you do not hold its approver role over it.',
} as const;

/** The request, if it exists in the caller's organization (another organization's is "not found"). */
export async function requestInOrg(c: Context<AppEnv>, id: string): Promise<ApprovalRow> {
  const row = await findRequest(c.var.sql, id);
  if (!row || row.org_id !== c.var.principal.orgId) throw notFound('The approval request', 'APPROVALS.NOT_FOUND');
  return row;
}

/**
 * Grant or reject. Checked before the transaction so a refusal leaves no trace: `approvals.decide`
 * at the event, not the caller's own request, the approver role (or admin) over the request.
 * Inside the transaction the row is locked and must still be pending (else 409); with an
 * Idempotency-Key a retry gets the first decision back.
 */
export async function decide(c: Context<AppEnv>, id: string, verdict: 'granted' | 'rejected', comment: string | null) {
  const row = await requestInOrg(c, id);
  const scope = { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id };
  await c.var.authorize('approvals.decide', scope);
  const me = c.var.principal.id;
  const roles = await rolesOver(c.var.sql, me, approverTarget(scope, row.approver_scope));
  const refusal = decisionRefusal({ requestedBy: row.requested_by, approverRole: row.approver_role }, me, roles);
  if (refusal) throw forbidden(REFUSALS[refusal], `APPROVALS.${refusal}`);

  return command(
    c,
    async ({ tx, publisher }) => {
      const [current] = await tx<
        ApprovalRow[]
      >`select * from approval_requests where approval_request_id = ${id} for update`;
      if (!current) throw notFound('The approval request', 'APPROVALS.NOT_FOUND');
      if (current.status !== 'pending') {
        throw conflict(
          `This request was already ${current.status} by ${current.decided_by}.`,
          'APPROVALS.ALREADY_DECIDED',
        );
      }
      if (current.approver_role !== row.approver_role) {
        throw new CodedError(
          'APPROVALS.REROUTED',
          'The request escalated to another approver while you decided; reload it.',
          409,
        );
      }
      const [updated] = await tx<ApprovalRow[]>`
      update approval_requests set status = ${verdict}, decided_by = ${me}, decided_at = now(), comment = ${comment}, due_at = null
      where approval_request_id = ${id} returning *`;
      const payload = {
        approvalRequestId: id,
        subjectType: current.subject_type,
        subjectId: current.subject_id,
        eventId: current.event_id,
        clientId: current.client_id,
        decidedBy: me,
        comment,
      };
      const event = { key: id, scope, payload };
      if (verdict === 'granted') await publisher.publish({ type: 'approvals.ApprovalGranted', ...event });
      else await publisher.publish({ type: 'approvals.ApprovalRejected', ...event });
      return { status: 200 as const, body: toView(updated!) };
    },
    { flow: { correlationId: row.correlation_id, traceHeaders: row.trace_headers } },
  );
}
