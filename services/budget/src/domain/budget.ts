import { v5 as uuidv5 } from 'uuid';

export type BudgetStatus = 'open' | 'locked';
export const LINE_STATUSES = ['estimate', 'quoted', 'confirmed'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];
export type LineKind = 'planned' | 'unassigned';
/** How a budget came to be (BudgetCreated.origin). */
export type BudgetOrigin = 'explicit' | 'first-line' | 'spend';

const BUDGET_NAMESPACE = '6c0b7f3e-1d2a-5e4f-8a9b-0c1d2e3f4a5b';

/** One budget per event, always with the same id: replays and retries find the same budget. */
export const budgetIdFor = (eventId: string): string => uuidv5(`budget:${eventId}`, BUDGET_NAMESPACE);
/** The unassigned line of a budget, also derived, so an implicit budget made twice is the same one. */
export const unassignedLineIdFor = (budgetId: string): string => uuidv5(`unassigned:${budgetId}`, BUDGET_NAMESPACE);

/** Which line a commitment or an actual counts against: the named line if the budget has it, else unassigned. */
export function lineFor(named: string | null | undefined, plannedLineIds: ReadonlySet<string>, unassigned: string) {
  return named && plannedLineIds.has(named) ? named : unassigned;
}

export interface SignOffPolicy {
  thresholdMinor: number;
}

/** A revision asks approvals for a sign-off when the planned amount moves by more than the threshold. */
export const signOffRequired = (deltaMinor: number, policy: SignOffPolicy): boolean =>
  Math.abs(deltaMinor) > policy.thresholdMinor;

/** The envelope's rule naming the sign-off threshold applied to a revision. */
export const signOffRule = (policy: SignOffPolicy) => ({
  name: 'budget.sign-off-threshold',
  parameters: { thresholdMinor: String(policy.thresholdMinor), comparison: '|deltaMinor| > thresholdMinor' },
});

export interface LineAmounts {
  kind: LineKind;
  plannedMinor: number;
  committedMinor: number;
  actualMinor: number;
}

/** The budget's three totals: the sums over its live lines (the unassigned line plans nothing). */
export function totalsOf(lines: readonly LineAmounts[]) {
  let plannedMinor = 0;
  let committedMinor = 0;
  let actualMinor = 0;
  for (const l of lines) {
    plannedMinor += l.plannedMinor;
    committedMinor += l.committedMinor;
    actualMinor += l.actualMinor;
  }
  return { plannedMinor, committedMinor, actualMinor };
}
