import type { EventPayloads } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { poSummary } from '../domain/money.ts';
import { withdrawForSubject } from './approvals.commands.ts';
import { findBySubject } from './approvals.store.ts';
import { type RequestCause, requestApproval } from './request-approval.commands.ts';

const PO = 'purchase-order';

/**
 * An amended PO is asked again at its new revision. The pending request for the old terms is
 * withdrawn first; a request already decided on the old amount is left as it was (spend ignores a
 * decision whose amount the PO no longer has) and the new revision asked all the same. A revision
 * already asked (a replay) asks nothing.
 */
export async function rerouteAmended(
  tx: Tx,
  publisher: Publisher,
  log: Logger,
  a: { cause: RequestCause; orgId: string; po: EventPayloads['spend.PurchaseOrderAmended'] },
): Promise<void> {
  const { po } = a;
  const latest = await findBySubject(tx, PO, po.purchaseOrderId, true);
  if (latest && latest.revision >= po.revision) {
    log.info({ purchaseOrderId: po.purchaseOrderId, revision: po.revision }, 'revision already asked');
    return;
  }
  const from = `${po.previousAmountMinor} → ${po.amountMinor} ${po.currency} (minor units)`;
  await withdrawForSubject(tx, publisher, log, {
    type: PO,
    id: po.purchaseOrderId,
    reason: `purchase order amended (revision ${po.revision}): ${from}`,
  });
  await requestApproval(tx, publisher, log, a.cause, {
    subjectType: PO,
    subjectId: po.purchaseOrderId,
    scope: { orgId: a.orgId, clientId: po.clientId, eventId: po.eventId },
    amountMinor: po.amountMinor,
    currency: po.currency,
    requestedBy: po.raisedBy,
    summary: poSummary(po),
    revision: po.revision,
  });
}
