import { injectContext } from '@playbook/telemetry/tracing';
import { on } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import { v5 as uuidv5 } from 'uuid';
import { poSummary } from '../domain/money.ts';
import { routeApproval } from '../domain/policy.ts';
import { loadPolicy, policyIdOf } from '../policies/policies.store.ts';

const APPROVAL_ID_NAMESPACE = '0b7e4c52-6a8f-5d31-9e2a-7c1d3f5b8a90';

/** One approval request per subject: the same PO always maps to the same request id. */
export const approvalRequestIdFor = (subjectType: string, subjectId: string) =>
  uuidv5(`${subjectType}:${subjectId}`, APPROVAL_ID_NAMESPACE);

/**
 * spend.PurchaseOrderRaised → approvals.ApprovalRequested, routed by the organization's policy.
 * Unique on the subject: a replayed or re-raised PO makes no second request and no second event.
 */
const NAME = 'route-approval-when-po-raised';

export function routeApprovalWhenPoRaised(now: () => number) {
  return on<Tx, 'spend.PurchaseOrderRaised'>(
    NAME,
    'spend.PurchaseOrderRaised',
    async (envelope, { tx, publisher, log }) => {
      const po = envelope.payload;
      const orgId = envelope.scope.orgId;
      const stored = await loadPolicy(tx, orgId);
      const routing = routeApproval(stored.policy, po.amountMinor, po.currency);
      const policyId = policyIdOf(orgId, stored, routing.tier);
      const approvalRequestId = approvalRequestIdFor('purchase-order', po.purchaseOrderId);
      const at = now();
      const dueAt = at + routing.escalateAfterMs;
      const summary = poSummary(po);
      const requestedMessageId = handlerMessageId(envelope.messageId, NAME, 'approvals.ApprovalRequested', 0);
      const inserted = await tx`
      insert into approval_requests (approval_request_id, org_id, client_id, event_id, subject_type, subject_id, amount_minor, currency,
        policy_id, approver_role, approver_scope, requested_by, summary, escalate_after_ms, escalation_chain, due_at, correlation_id, trace_headers, last_message_id, requested_at)
      values (${approvalRequestId}, ${orgId}, ${po.clientId}, ${po.eventId}, 'purchase-order', ${po.purchaseOrderId}, ${po.amountMinor}, ${po.currency},
        ${policyId}, ${routing.approverRole}, ${routing.approverScope}, ${po.raisedBy}, ${summary}, ${routing.escalateAfterMs},
        ${tx.json(stored.policy.escalationChain as never)}, ${new Date(dueAt)}, ${envelope.correlationId}, ${tx.json(injectContext())}, ${requestedMessageId}, ${new Date(at)})
      on conflict (subject_type, subject_id) do nothing
      returning 1`;
      if (inserted.length === 0) {
        log.info({ purchaseOrderId: po.purchaseOrderId }, 'approval already requested for this PO');
        return;
      }
      await publisher.publish({
        type: 'approvals.ApprovalRequested',
        key: approvalRequestId,
        scope: { orgId, clientId: po.clientId, eventId: po.eventId },
        occurredAt: at,
        rules: [
          {
            name: 'approval-policy',
            parameters: {
              policyId,
              tier: String(routing.tier),
              approverRole: routing.approverRole,
              approverScope: routing.approverScope,
              reason: routing.reason,
              escalateAfterMs: String(routing.escalateAfterMs),
            },
          },
        ],
        payload: {
          approvalRequestId,
          subjectType: 'purchase-order',
          subjectId: po.purchaseOrderId,
          eventId: po.eventId,
          clientId: po.clientId,
          amountMinor: po.amountMinor,
          currency: po.currency,
          policyId,
          approverRole: routing.approverRole,
          approverScope: routing.approverScope,
          requestedBy: po.raisedBy,
          dueAt,
          summary,
        },
      });
    },
  );
}
