import { on } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import { requestApproval } from '../approvals/request-approval.commands.ts';
import { poSummary } from '../domain/money.ts';

const NAME = 'route-approval-when-po-raised';

/** spend.PurchaseOrderRaised → approvals.ApprovalRequested, routed by the organization's policy. */
export function routeApprovalWhenPoRaised(now: () => number) {
  return on<Tx, 'spend.PurchaseOrderRaised'>(NAME, 'spend.PurchaseOrderRaised', (e, { tx, publisher, log }) => {
    const po = e.payload;
    return requestApproval(
      tx,
      publisher,
      log,
      {
        correlationId: e.correlationId,
        requestedMessageId: handlerMessageId(e.messageId, NAME, 'approvals.ApprovalRequested', 0),
        at: now(),
      },
      {
        subjectType: 'purchase-order',
        subjectId: po.purchaseOrderId,
        scope: { orgId: e.scope.orgId, clientId: po.clientId, eventId: po.eventId },
        amountMinor: po.amountMinor,
        currency: po.currency,
        requestedBy: po.raisedBy,
        summary: poSummary(po),
      },
    );
  });
}
