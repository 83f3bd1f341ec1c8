import { CodedError } from '@playbook/errors/coded-error';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { type BudgetOrigin, budgetIdFor, totalsOf, unassignedLineIdFor } from '../domain/budget.ts';
import { evaluateThresholds, THRESHOLD_PERCENTS, usedPercent } from '../domain/thresholds.ts';
import { type LineRow, liveLines } from '../bom-lines/bom-lines.store.ts';
import type { EventScope } from '../events/events.store.ts';
import { placeOf, scopeOf, toBudget, toLine } from './budget.view.ts';
import { type BudgetRow, findBudget, insertBudget, markLocked, recordThresholdLevel } from './budgets.store.ts';

export const BUDGET_NOT_FOUND = 'BUDGET.NOT_FOUND';

/**
 * The event's budget, opened (with its unassigned line, BudgetCreated published) when it has none.
 * Locked for update: every command on one budget runs after the one before it. A budget holds one
 * currency; an amount in another is refused (422 over HTTP; retried then dead-lettered by a consumer).
 */
export async function ensureBudget(
  tx: Tx,
  publisher: Publisher,
  scope: EventScope,
  currency: string,
  origin: BudgetOrigin,
  by: string,
): Promise<{ budget: BudgetRow; created: boolean }> {
  const budgetId = budgetIdFor(scope.eventId);
  const unassignedLineId = unassignedLineIdFor(budgetId);
  const created = await insertBudget(tx, { budgetId, unassignedLineId, ...scope, currency, origin, createdBy: by });
  const budget = (await findBudget(tx, scope.eventId, true))!;
  if (budget.org_id !== scope.orgId) throw notFound('The event', 'BUDGET.EVENT_UNKNOWN');
  if (budget.currency !== currency) {
    throw new CodedError(
      'BUDGET.CURRENCY_MISMATCH',
      `The budget of event ${scope.eventId} is in ${budget.currency}; an amount in ${currency} cannot count against it.`,
      422,
    );
  }
  if (created) {
    await publisher.publish({
      type: 'budget.BudgetCreated',
      key: budgetId,
      scope,
      counts: { budgets: 1, lines: 1 },
      rules: [{ name: 'budget.one-per-event', parameters: { origin, currency } }],
      payload: {
        budgetId,
        eventId: scope.eventId,
        clientId: scope.clientId,
        currency,
        unassignedLineId,
        createdBy: by,
        origin,
      },
    });
  }
  return { budget, created };
}

/** What moved a budget, for BudgetThresholdCrossed.trigger. */
export type Trigger = 'commitment' | 'uncommitment' | 'allocation' | 'revision' | 'removal' | 'addition';

/**
 * Re-reads the budget's totals after a change and publishes one BudgetThresholdCrossed per
 * threshold crossed upwards; remembers the new level (falling back under re-arms a threshold).
 */
export async function refreshThresholds(
  tx: Tx,
  publisher: Publisher,
  budget: BudgetRow,
  trigger: Trigger,
): Promise<{ budget: BudgetRow; lines: LineRow[] }> {
  const lines = await liveLines(tx, budget.budget_id);
  const totals = totalsOf(lines.map(toLine));
  const change = evaluateThresholds(budget.threshold_level, totals);
  if (change.level !== budget.threshold_level) await recordThresholdLevel(tx, budget.budget_id, change.level);
  for (const thresholdPercent of change.crossed) {
    await publisher.publish({
      type: 'budget.BudgetThresholdCrossed',
      key: budget.budget_id,
      scope: scopeOf(budget),
      counts: { lines: lines.length, thresholdsCrossed: change.crossed.length },
      rules: [
        {
          name: 'budget.spend-thresholds',
          parameters: { percents: THRESHOLD_PERCENTS.join(','), measure: '(committed + actual) / planned' },
        },
      ],
      payload: {
        budgetId: budget.budget_id,
        ...placeOf(budget),
        thresholdPercent,
        currency: budget.currency,
        ...totals,
        usedPercent: usedPercent(totals),
        trigger,
      },
    });
  }
  return { budget: { ...budget, threshold_level: change.level }, lines };
}

/** POST /events/{eventId}/budget: opens the budget explicitly; 409 when the event has one. */
export async function createBudget(tx: Tx, publisher: Publisher, scope: EventScope, currency: string, by: string) {
  if (await findBudget(tx, scope.eventId)) throw conflict('The event has a budget already.', 'BUDGET.EXISTS');
  const { budget, created } = await ensureBudget(tx, publisher, scope, currency, 'explicit', by);
  if (!created) throw conflict('The event has a budget already.', 'BUDGET.EXISTS');
  return toBudget(budget, await liveLines(tx, budget.budget_id));
}

/** A budget open for edits, or 404 / 409 BUDGET.LOCKED. */
export async function openBudget(tx: Tx, eventId: string): Promise<BudgetRow> {
  const budget = await findBudget(tx, eventId, true);
  if (!budget) throw notFound('The budget of this event', BUDGET_NOT_FOUND);
  if (budget.status === 'locked')
    throw conflict('The budget is locked: its lines can no longer change.', 'BUDGET.LOCKED');
  return budget;
}

/** Locks the plan: no more line edits. Commitments and actuals still count. */
export async function lockBudget(tx: Tx, publisher: Publisher, eventId: string, by: string) {
  const budget = await markLocked(tx, (await openBudget(tx, eventId)).budget_id, by);
  const lines = await liveLines(tx, budget.budget_id);
  const totals = totalsOf(lines.map(toLine));
  const planned = lines.filter((l) => l.kind === 'planned').length;
  await publisher.publish({
    type: 'budget.BudgetLocked',
    key: budget.budget_id,
    scope: scopeOf(budget),
    counts: { affected: 1, lines: planned },
    payload: {
      budgetId: budget.budget_id,
      ...placeOf(budget),
      currency: budget.currency,
      lines: planned,
      ...totals,
      lockedBy: by,
    },
  });
  return toBudget(budget, lines);
}
