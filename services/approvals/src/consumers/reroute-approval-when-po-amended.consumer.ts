import { on } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import { rerouteAmended } from '../approvals/reroute.commands.ts';

const NAME = 'reroute-approval-when-po-amended';

/**
 * spend.PurchaseOrderAmended → the request for the old terms is withdrawn and the new amount routed
 * by policy as the PO's next revision (possibly to another approver).
 */
export function rerouteApprovalWhenPoAmended(now: () => number) {
  return on<Tx, 'spend.PurchaseOrderAmended'>(NAME, 'spend.PurchaseOrderAmended', (e, { tx, publisher, log }) =>
    rerouteAmended(tx, publisher, log, {
      cause: {
        correlationId: e.correlationId,
        requestedMessageId: handlerMessageId(e.messageId, NAME, 'approvals.ApprovalRequested', 0),
        at: now(),
      },
      orgId: e.scope.orgId,
      po: e.payload,
    }),
  );
}
