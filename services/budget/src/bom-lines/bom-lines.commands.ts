import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { type LineStatus, type SignOffPolicy, signOffRequired, signOffRule } from '../domain/budget.ts';
import { plannedMinor } from '../domain/money.ts';
import { placeOf, scopeOf, toLine } from '../budgets/budget.view.ts';
import { ensureBudget, openBudget, refreshThresholds } from '../budgets/budgets.commands.ts';
import type { BudgetRow } from '../budgets/budgets.store.ts';
import type { EventScope } from '../events/events.store.ts';
import { findLine, insertLine, type LineFields, type LineRow, markRemoved, updateLine } from './bom-lines.store.ts';

export interface NewLine {
  category: string;
  description: string;
  quantity: number;
  unitCostMinor: number;
  currency: string;
  vendorId?: string | null | undefined;
  status?: LineStatus | undefined;
}

/** Adds a line; the event's first line opens its budget (in the line's currency) when it has none. */
export async function addLine(tx: Tx, publisher: Publisher, scope: EventScope, input: NewLine, by: string) {
  const ensured = await ensureBudget(tx, publisher, scope, input.currency, 'first-line', by);
  const budget = await openBudget(tx, ensured.budget.event_id);
  const lineId = randomUUID();
  const fields: LineFields = {
    category: input.category,
    description: input.description,
    quantity: input.quantity,
    unitCostMinor: input.unitCostMinor,
    plannedMinor: plannedMinor(input.quantity, input.unitCostMinor),
    vendorId: input.vendorId ?? null,
    status: input.status ?? 'estimate',
  };
  await insertLine(tx, { ...fields, lineId, budgetId: budget.budget_id, currency: budget.currency, createdBy: by });
  await publisher.publish({
    type: 'budget.BomLineAdded',
    key: budget.budget_id,
    scope: scopeOf(budget),
    counts: { affected: 1 },
    payload: {
      lineId,
      budgetId: budget.budget_id,
      ...placeOf(budget),
      ...fields,
      currency: budget.currency,
      addedBy: by,
    },
  });
  await refreshThresholds(tx, publisher, budget, 'addition');
  return toLine((await findLine(tx, budget.budget_id, lineId))!);
}

/** A planned, live line of an open budget, or 404 / 409. */
async function editableLine(tx: Tx, eventId: string, lineId: string): Promise<{ budget: BudgetRow; line: LineRow }> {
  const budget = await openBudget(tx, eventId);
  const line = await findLine(tx, budget.budget_id, lineId);
  if (!line || line.removed_at) throw notFound('The BOM line', 'BUDGET.LINE_NOT_FOUND');
  if (line.kind === 'unassigned')
    throw conflict('The unassigned line is kept by the budget itself.', 'BUDGET.UNASSIGNED_LINE');
  return { budget, line };
}

export type LinePatch = Partial<Omit<NewLine, 'currency'>> & { reason?: string | undefined };

/**
 * Revises a line. When the planned amount moves by more than the sign-off threshold, BomLineRevised
 * says signOffRequired and approvals routes a sign-off. A patch that changes nothing publishes nothing.
 */
export async function reviseLine(
  tx: Tx,
  publisher: Publisher,
  eventId: string,
  lineId: string,
  patch: LinePatch,
  by: string,
  policy: SignOffPolicy,
) {
  const { budget, line } = await editableLine(tx, eventId, lineId);
  const before = toLine(line);
  const quantity = patch.quantity ?? before.quantity;
  const unitCostMinor = patch.unitCostMinor ?? before.unitCostMinor;
  const next: LineFields = {
    category: patch.category ?? before.category,
    description: patch.description ?? before.description,
    quantity,
    unitCostMinor,
    plannedMinor: plannedMinor(quantity, unitCostMinor),
    vendorId: patch.vendorId === undefined ? before.vendorId : patch.vendorId,
    status: patch.status ?? (before.status as LineStatus),
  };
  const changed = (Object.keys(next) as (keyof LineFields)[]).some((k) => next[k] !== before[k]);
  if (!changed) return before;
  await updateLine(tx, lineId, next);
  const deltaMinor = next.plannedMinor - before.plannedMinor;
  const needsSignOff = signOffRequired(deltaMinor, policy);
  await publisher.publish({
    type: 'budget.BomLineRevised',
    key: budget.budget_id,
    scope: scopeOf(budget),
    counts: { affected: 1 },
    rules: [signOffRule(policy)],
    payload: {
      lineId,
      budgetId: budget.budget_id,
      ...placeOf(budget),
      ...next,
      currency: budget.currency,
      previousPlannedMinor: before.plannedMinor,
      deltaMinor,
      reason: patch.reason ?? null,
      revisedBy: by,
      signOffRequired: needsSignOff,
      signOffThresholdMinor: policy.thresholdMinor,
    },
  });
  await refreshThresholds(tx, publisher, budget, 'revision');
  return toLine((await findLine(tx, budget.budget_id, lineId))!);
}

/** Removes a line with nothing committed or spent against it (else 409 BUDGET.LINE_HAS_SPEND). */
export async function removeLine(tx: Tx, publisher: Publisher, eventId: string, lineId: string, by: string) {
  const { budget, line } = await editableLine(tx, eventId, lineId);
  const view = toLine(line);
  if (view.committedMinor !== 0 || view.actualMinor !== 0) {
    throw conflict('The line has commitments or actual spend against it; revise it instead.', 'BUDGET.LINE_HAS_SPEND');
  }
  await markRemoved(tx, lineId);
  await publisher.publish({
    type: 'budget.BomLineRemoved',
    key: budget.budget_id,
    scope: scopeOf(budget),
    counts: { affected: 1 },
    payload: {
      lineId,
      budgetId: budget.budget_id,
      ...placeOf(budget),
      plannedMinor: view.plannedMinor,
      currency: budget.currency,
      reason: null,
      removedBy: by,
    },
  });
  await refreshThresholds(tx, publisher, budget, 'removal');
  return toLine((await findLine(tx, budget.budget_id, lineId))!);
}
