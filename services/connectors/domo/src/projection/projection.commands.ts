import type { AnyEnvelope, EnvelopeOf } from '@playbook/bus/envelope';
import type { Tx } from '@playbook/db/client';
import { touchBudget, unassignedLineOf, upsertLine } from './projection.store.ts';

export const BUDGET_EVENTS = [
  'budget.BudgetCreated',
  'budget.BomLineAdded',
  'budget.BomLineRevised',
  'budget.BomLineRemoved',
  'budget.BomLineSpendRecorded',
  'budget.BudgetThresholdCrossed',
] as const;
type BudgetEvent = EnvelopeOf<(typeof BUDGET_EVENTS)[number]>;

const ref = (e: BudgetEvent, currency: string) => ({
  budgetId: e.payload.budgetId,
  orgId: e.scope.orgId,
  eventId: e.payload.eventId,
  clientId: e.payload.clientId,
  currency,
});
const UNASSIGNED = { category: 'unassigned', description: 'Unassigned (spend naming no BOM line)' };
const UNKNOWN = { category: 'unknown', description: 'A BOM line this connector has not seen added' };

/**
 * Keeps the budget-vs-actual projection from budget's events: the budget (and its version, so the
 * push worker knows it changed) and its lines' planned, committed and actual totals. Every change
 * sets absolute values, so a redelivered event changes nothing.
 */
export async function projectBudgetEvent(tx: Tx, envelope: AnyEnvelope): Promise<void> {
  const e = envelope as BudgetEvent;
  switch (envelope.type) {
    case 'budget.BudgetCreated': {
      const p = (envelope as EnvelopeOf<'budget.BudgetCreated'>).payload;
      await touchBudget(tx, ref(e, p.currency), { unassignedLineId: p.unassignedLineId });
      await upsertLine(tx, { lineId: p.unassignedLineId, budgetId: p.budgetId }, UNASSIGNED);
      return;
    }
    case 'budget.BomLineAdded':
    case 'budget.BomLineRevised': {
      const p = (envelope as EnvelopeOf<'budget.BomLineAdded' | 'budget.BomLineRevised'>)
        .payload as EnvelopeOf<'budget.BomLineAdded'>['payload'] & { status?: string | null };
      await touchBudget(tx, ref(e, p.currency));
      await upsertLine(
        tx,
        {
          lineId: p.lineId,
          budgetId: p.budgetId,
          category: p.category,
          description: p.description,
          status: p.status ?? null,
          plannedMinor: p.plannedMinor,
          removed: false,
        },
        UNKNOWN,
      );
      return;
    }
    case 'budget.BomLineRemoved': {
      const p = (envelope as EnvelopeOf<'budget.BomLineRemoved'>).payload;
      await touchBudget(tx, ref(e, p.currency));
      await upsertLine(tx, { lineId: p.lineId, budgetId: p.budgetId, removed: true }, UNKNOWN);
      return;
    }
    case 'budget.BomLineSpendRecorded': {
      const p = (envelope as EnvelopeOf<'budget.BomLineSpendRecorded'>).payload;
      await touchBudget(tx, ref(e, p.currency));
      const unassigned = await unassignedLineOf(tx, p.budgetId);
      await upsertLine(
        tx,
        {
          lineId: p.lineId,
          budgetId: p.budgetId,
          committedMinor: p.lineCommittedMinor,
          actualMinor: p.lineActualMinor,
        },
        p.lineId === unassigned ? UNASSIGNED : UNKNOWN,
      );
      return;
    }
    case 'budget.BudgetThresholdCrossed': {
      const p = (envelope as EnvelopeOf<'budget.BudgetThresholdCrossed'>).payload;
      await touchBudget(tx, ref(e, p.currency), { thresholdPercent: p.thresholdPercent });
      return;
    }
  }
}
