import { on } from '@playbook/bus/handler';
import { handlerMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import { requestApproval } from '../approvals/request-approval.commands.ts';
import { contractSummary } from '../domain/money.ts';

const NAME = 'route-sign-off-when-contract-sent';

/**
 * contracts.ContractSentForSignature → a sign-off routed by policy for the contract's value (0 when
 * it has none), subject `contract`. Approvals is event-scoped and its events name an event: a
 * contract without one (an MSA, at client scope) is not routed here yet — logged, to be decided
 * with the approvals events' schema (an optional eventId) when contracts needs MSA sign-offs.
 */
export function routeSignOffWhenContractSent(now: () => number) {
  return on<Tx, 'contracts.ContractSentForSignature'>(
    NAME,
    'contracts.ContractSentForSignature',
    async (e, { tx, publisher, log }) => {
      const contract = e.payload;
      if (!contract.eventId) {
        log.info(
          { contractId: contract.contractId, kind: contract.kind },
          'contract without an event: no sign-off routed',
        );
        return;
      }
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
          subjectType: 'contract',
          subjectId: contract.contractId,
          scope: { orgId: e.scope.orgId, clientId: contract.clientId, eventId: contract.eventId },
          amountMinor: contract.valueMinor ?? 0,
          currency: contract.currency ?? null,
          requestedBy: contract.sentBy,
          summary: contractSummary(contract),
        },
      );
    },
  );
}
