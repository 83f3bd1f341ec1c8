import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { lineFor, totalsOf } from '../domain/budget.ts';
import { placeOf, scopeOf, toLine } from '../budgets/budget.view.ts';
import { ensureBudget, refreshThresholds } from '../budgets/budgets.commands.ts';
import { findBudget } from '../budgets/budgets.store.ts';
import { liveLines } from '../bom-lines/bom-lines.store.ts';
import { cancelCommitment, insertActual, insertCommitment } from './spend.store.ts';

type Fact = { eventId: string; clientId: string; currency: string; bomLineId?: string | null | undefined };

/**
 * The budget a fact from spend counts against (opened implicitly, origin 'spend', when the event has
 * none yet) and the line: the named one when the budget has it live, else the unassigned line.
 */
async function budgetAndLine(tx: Tx, publisher: Publisher, orgId: string, actorId: string, p: Fact) {
  const scope = { orgId, clientId: p.clientId, eventId: p.eventId };
  const { budget } = await ensureBudget(tx, publisher, scope, p.currency, 'spend', actorId);
  const lines = await liveLines(tx, budget.budget_id);
  const planned = new Set(lines.filter((l) => l.kind === 'planned').map((l) => l.line_id));
  const unassigned = lines.find((l) => l.kind === 'unassigned')!.line_id;
  return { budget, lineId: lineFor(p.bomLineId, planned, unassigned) };
}

/** An approved PO commits its amount, once per PO (the commitment row is keyed by the PO id). */
export async function commitPurchaseOrder(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'spend.PurchaseOrderApproved'>,
): Promise<void> {
  const p = e.payload;
  const { budget, lineId } = await budgetAndLine(tx, publisher, e.scope.orgId, e.actor.id, p);
  const committed = await insertCommitment(tx, {
    purchaseOrderId: p.purchaseOrderId,
    budgetId: budget.budget_id,
    lineId,
    requestedLineId: p.bomLineId ?? null,
    vendorId: p.vendorId,
    amountMinor: p.amountMinor,
    currency: p.currency,
    approvalRequestId: p.approvalRequestId,
    committedAt: new Date(e.occurredAt),
  });
  if (!committed) return;
  const after = await refreshThresholds(tx, publisher, budget, 'commitment');
  await publishSpendRecorded(publisher, after, lineId, {
    change: 'committed',
    requestedLineId: p.bomLineId ?? null,
    sourceType: 'purchase-order',
    sourceId: p.purchaseOrderId,
    amountMinor: p.amountMinor,
  });
}

/** A cancelled PO un-commits what it had committed; a PO that never committed (cancelled pending) changes nothing. */
export async function uncommitPurchaseOrder(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'spend.PurchaseOrderCancelled'>,
): Promise<void> {
  const budget = await findBudget(tx, e.payload.eventId, true);
  if (!budget) return;
  const released = await cancelCommitment(tx, e.payload.purchaseOrderId);
  if (!released) return;
  const after = await refreshThresholds(tx, publisher, budget, 'uncommitment');
  await publishSpendRecorded(publisher, after, released.line_id, {
    change: 'released',
    requestedLineId: e.payload.bomLineId ?? null,
    sourceType: 'purchase-order',
    sourceId: e.payload.purchaseOrderId,
    amountMinor: Number(released.amount_minor),
  });
}

/** Allocated spend counts as actual, once per allocation id. */
export async function recordAllocation(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'spend.SpendAllocated'>,
): Promise<void> {
  const p = e.payload;
  const { budget, lineId } = await budgetAndLine(tx, publisher, e.scope.orgId, e.actor.id, p);
  const recorded = await insertActual(tx, {
    allocationId: p.allocationId,
    budgetId: budget.budget_id,
    lineId,
    requestedLineId: p.bomLineId ?? null,
    source: p.source,
    sourceId: p.sourceId,
    amountMinor: p.amountMinor,
    currency: p.currency,
    allocatedAt: new Date(p.allocatedAt),
    description: p.description,
  });
  if (!recorded) return;
  const after = await refreshThresholds(tx, publisher, budget, 'allocation');
  await publishSpendRecorded(publisher, after, lineId, {
    change: 'actual',
    requestedLineId: p.bomLineId ?? null,
    sourceType: p.source,
    sourceId: p.allocationId,
    amountMinor: p.amountMinor,
  });
}

interface SpendChange {
  change: 'committed' | 'released' | 'actual';
  requestedLineId: string | null;
  sourceType: string;
  sourceId: string;
  amountMinor: number;
}

/** Tells the audit trail where the money went: the line that moved, and the totals after it. */
async function publishSpendRecorded(
  publisher: Publisher,
  { budget, lines }: Awaited<ReturnType<typeof refreshThresholds>>,
  lineId: string,
  c: SpendChange,
): Promise<void> {
  const views = lines.map(toLine);
  const line = views.find((l) => l.lineId === lineId)!;
  const totals = totalsOf(views);
  await publisher.publish({
    type: 'budget.BomLineSpendRecorded',
    key: budget.budget_id,
    scope: scopeOf(budget),
    counts: { affected: 1, lines: lines.length },
    rules: [{ name: 'budget.line-for-spend', parameters: { named: c.requestedLineId ?? 'none', used: lineId } }],
    payload: {
      budgetId: budget.budget_id,
      lineId,
      ...placeOf(budget),
      ...c,
      currency: budget.currency,
      lineCommittedMinor: line.committedMinor,
      lineActualMinor: line.actualMinor,
      ...totals,
    },
  });
}
