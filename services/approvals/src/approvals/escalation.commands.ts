import type { Cause } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { nextApprover } from '../domain/policy.ts';
import { clearDeadline, moveToApprover, takeOverdue } from './approvals.store.ts';

export const ESCALATOR = { kind: 'schedule', id: 'approvals-escalator', displayName: 'Approvals escalator' } as const;

/**
 * Escalates the most overdue pending request at `now` one step up its chain, in the given transaction: the row is
 * taken with `for update skip locked`, so escalators running side by side never escalate the same
 * step twice. At the top of the chain nothing is published and the deadline is cleared. Resolves
 * with the id escalated, 'top', or 'none' when nothing is overdue.
 */
export async function escalateNextOverdue(
  tx: Tx,
  uow: UnitOfWork<Tx>,
  now: number,
  log?: Logger,
): Promise<string | 'top' | 'none'> {
  const row = await takeOverdue(tx, new Date(now));
  if (!row) return 'none';
  const id = row.approval_request_id;
  const next = nextApprover(row.escalation_chain, row.approver_role);
  if (!next) {
    await clearDeadline(tx, id);
    log?.warn(
      { approvalRequestId: id, role: row.approver_role },
      'approval overdue at the top of the escalation chain',
    );
    return 'top';
  }
  const dueAt = now + Number(row.escalate_after_ms);
  const type = 'approvals.ApprovalEscalated';
  const messageId = handlerMessageId(row.last_message_id, ESCALATOR.id, type, 0);
  const cause: Cause = {
    correlationId: row.correlation_id,
    causationId: row.last_message_id,
    actor: { ...ESCALATOR },
    messageIdFor: () => messageId,
  };
  await moveToApprover(tx, id, { role: next.role, scope: next.scope, dueAt: new Date(dueAt), messageId });
  await uow.publisher(tx, cause).publish({
    type,
    key: id,
    occurredAt: now,
    scope: { orgId: row.org_id, clientId: row.client_id, eventId: row.event_id },
    counts: { affected: 1 },
    rules: [
      {
        name: 'escalation-chain',
        parameters: {
          fromRole: row.approver_role,
          toRole: next.role,
          toScope: next.scope,
          escalateAfterMs: row.escalate_after_ms,
        },
      },
    ],
    payload: {
      approvalRequestId: id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      eventId: row.event_id,
      clientId: row.client_id,
      fromRole: row.approver_role,
      toRole: next.role,
      dueAt,
    },
  });
  return id;
}
