import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { injectContext } from '@playbook/telemetry/tracing';
import { v5 as uuidv5 } from 'uuid';
import { routeApproval } from '../domain/policy.ts';
import { loadPolicy, policyIdOf } from '../policies/policies.store.ts';
import { insertRequest } from './approvals.store.ts';

const APPROVAL_ID_NAMESPACE = '0b7e4c52-6a8f-5d31-9e2a-7c1d3f5b8a90';

/** One approval request per subject and revision: the same subject and revision always map to the same id. */
export const approvalRequestIdFor = (subjectType: string, subjectId: string, revision = 0) =>
  uuidv5(
    revision === 0 ? `${subjectType}:${subjectId}` : `${subjectType}:${subjectId}#${revision}`,
    APPROVAL_ID_NAMESPACE,
  );

/** What is to be signed off: a purchase order, a BOM line revision or a contract. */
export interface SignOff {
  subjectType: 'purchase-order' | 'bom-line' | 'contract';
  subjectId: string;
  scope: { orgId: string; clientId: string; eventId: string };
  amountMinor: number;
  /** null when the subject carries no money (a contract without a value): the policy's own currency. */
  currency: string | null;
  requestedBy: string;
  summary: string;
  /** 0 when first asked; n when the subject's terms changed for the n-th time (an amended PO). */
  revision?: number;
}

export interface RequestCause {
  /** The flow the request belongs to: its decision continues it. */
  correlationId: string;
  /** The id ApprovalRequested gets (derived from the causing message): the first escalation's causation. */
  requestedMessageId: string;
  at: number;
}

/**
 * Routes a sign-off by the organization's policy and publishes ApprovalRequested. Unique on the
 * subject: a replayed or re-sent fact makes no second request and no second event.
 */
export async function requestApproval(
  tx: Tx,
  publisher: Publisher,
  log: Logger,
  cause: RequestCause,
  s: SignOff,
): Promise<void> {
  const { orgId, clientId, eventId } = s.scope;
  const stored = await loadPolicy(tx, orgId);
  const currency = s.currency ?? stored.policy.currency;
  const routing = routeApproval(stored.policy, s.amountMinor, currency);
  const policyId = policyIdOf(orgId, stored, routing.tier);
  const revision = s.revision ?? 0;
  const approvalRequestId = approvalRequestIdFor(s.subjectType, s.subjectId, revision);
  const dueAt = cause.at + routing.escalateAfterMs;
  const inserted = await insertRequest(tx, {
    approvalRequestId,
    ...s.scope,
    subjectType: s.subjectType,
    subjectId: s.subjectId,
    amountMinor: s.amountMinor,
    currency,
    policyId,
    approverRole: routing.approverRole,
    approverScope: routing.approverScope,
    requestedBy: s.requestedBy,
    summary: s.summary,
    escalateAfterMs: routing.escalateAfterMs,
    escalationChain: stored.policy.escalationChain,
    dueAt: new Date(dueAt),
    correlationId: cause.correlationId,
    traceHeaders: injectContext(),
    lastMessageId: cause.requestedMessageId,
    requestedAt: new Date(cause.at),
    revision,
  });
  if (!inserted) {
    log.info({ subjectType: s.subjectType, subjectId: s.subjectId }, 'approval already requested for this subject');
    return;
  }
  await publisher.publish({
    type: 'approvals.ApprovalRequested',
    key: approvalRequestId,
    scope: s.scope,
    occurredAt: cause.at,
    counts: { affected: 1 },
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
      subjectType: s.subjectType,
      subjectId: s.subjectId,
      eventId,
      clientId,
      amountMinor: s.amountMinor,
      currency,
      policyId,
      approverRole: routing.approverRole,
      approverScope: routing.approverScope,
      requestedBy: s.requestedBy,
      dueAt,
      summary: s.summary,
    },
  });
}
