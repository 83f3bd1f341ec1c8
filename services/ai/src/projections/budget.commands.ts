import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import * as store from './budget.store.ts';
import { reviewAfter } from './review.ts';

export const REVIEW_SPEND = 'review-budget-when-bom-line-spend-recorded';
export const REVIEW_THRESHOLD = 'review-budget-when-threshold-crossed';

export const created = (tx: Tx, e: EnvelopeOf<'budget.BudgetCreated'>) =>
  store.recordBudget(tx, e.scope.orgId, e.payload);
export const lineChanged = (tx: Tx, e: EnvelopeOf<'budget.BomLineAdded' | 'budget.BomLineRevised'>) =>
  store.upsertLine(tx, e.scope.orgId, e.payload);
export const lineRemoved = (tx: Tx, e: EnvelopeOf<'budget.BomLineRemoved'>) => store.removeLine(tx, e.payload);
export const locked = (tx: Tx, e: EnvelopeOf<'budget.BudgetLocked'>) =>
  store.setTotals(tx, e.payload.budgetId, e.payload);

/** Spend moved a line: the line and the whole budget are judged against their plans. */
export async function spendRecorded(tx: Tx, publisher: Publisher, e: EnvelopeOf<'budget.BomLineSpendRecorded'>) {
  const p = e.payload;
  await store.recordSpend(tx, p);
  const task = { task: 'review-budget' as const, budgetId: p.budgetId, lineId: p.lineId };
  await reviewAfter(tx, publisher, REVIEW_SPEND, e, task, p);
}

export async function thresholdCrossed(tx: Tx, publisher: Publisher, e: EnvelopeOf<'budget.BudgetThresholdCrossed'>) {
  const p = e.payload;
  await store.setTotals(tx, p.budgetId, p);
  await reviewAfter(
    tx,
    publisher,
    REVIEW_THRESHOLD,
    e,
    { task: 'review-budget', budgetId: p.budgetId, lineId: null },
    p,
  );
}
