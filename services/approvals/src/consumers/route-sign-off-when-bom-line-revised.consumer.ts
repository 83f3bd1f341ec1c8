import { on } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import { requestApproval } from '../approvals/request-approval.commands.ts';
import { bomLineSummary } from '../domain/money.ts';

const NAME = 'route-sign-off-when-bom-line-revised';

/**
 * budget.BomLineRevised over the budget's threshold (signOffRequired) → a sign-off routed by policy
 * for |deltaMinor|, subject `bom-line` (one request per line). Revisions under the threshold ask nothing.
 */
export function routeSignOffWhenBomLineRevised(now: () => number) {
  return on<Tx, 'budget.BomLineRevised'>(NAME, 'budget.BomLineRevised', async (e, { tx, publisher, log }) => {
    const line = e.payload;
    if (!line.signOffRequired) return;
    await requestApproval(
      tx,
      publisher,
      log,
      {
        correlationId: e.correlationId,
        requestedMessageId: handlerMessageId(e.messageId, NAME, 'approvals.ApprovalRequested', 0),
        at: now(),
      },
      {
        subjectType: 'bom-line',
        subjectId: line.lineId,
        scope: { orgId: e.scope.orgId, clientId: line.clientId, eventId: line.eventId },
        amountMinor: Math.abs(line.deltaMinor),
        currency: line.currency,
        requestedBy: line.revisedBy,
        summary: bomLineSummary(line),
      },
    );
  });
}
