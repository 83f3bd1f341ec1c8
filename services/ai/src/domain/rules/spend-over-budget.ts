import { basis, cite, type HeadsUpDraft, type ToolRecord } from '../output.ts';

export const SPEND_OVER_BOM_LINE = 'spend-over-bom-line';
export const SPEND_OVER_BUDGET = 'spend-over-budget';

const over = (f: ToolRecord['fields']) => Number(f.committedMinor) + Number(f.actualMinor) > Number(f.plannedMinor);

const amounts = (r: ToolRecord, callId: string) => [
  cite('planned', r, 'plannedMinor', callId),
  cite('committed', r, 'committedMinor', callId),
  cite('actual', r, 'actualMinor', callId),
];

/**
 * Committed + actual above a BOM line's planned amount. The window is the planned amount, so a line
 * revised upwards and overrun again is a new heads-up, while more spend on the same plan is not.
 */
export function spendOverBomLine(line: ToolRecord, callId: string): HeadsUpDraft | null {
  const f = line.fields;
  if (f.removed === true || !over(f)) return null;
  return {
    rule: SPEND_OVER_BOM_LINE,
    subjectType: 'bom-line',
    subjectId: line.recordId,
    window: `planned:${f.plannedMinor}`,
    eventId: String(f.eventId),
    clientId: String(f.clientId),
    severity: 'warning',
    title: `Spend over the BOM line: ${f.description}`,
    citations: amounts(line, callId),
    records: basis(line),
    commentary: [
      { slot: 'what', text: `Committed and actual spend on the ${f.category} line is above what was planned.` },
      { slot: 'suggestion', text: 'Revise the line with a reason, or hold further spend against it.' },
    ],
  };
}

/** Committed + actual above the budget's planned total (a budget with nothing planned is not judged). */
export function spendOverBudget(budget: ToolRecord, callId: string): HeadsUpDraft | null {
  const f = budget.fields;
  if (Number(f.plannedMinor) <= 0 || !over(f)) return null;
  return {
    rule: SPEND_OVER_BUDGET,
    subjectType: 'budget',
    subjectId: budget.recordId,
    window: `planned:${f.plannedMinor}`,
    eventId: String(f.eventId),
    clientId: String(f.clientId),
    severity: 'critical',
    title: "Spend over the event's budget",
    citations: amounts(budget, callId),
    records: basis(budget),
    commentary: [
      { slot: 'what', text: 'Committed and actual spend for the event is above its planned total.' },
      { slot: 'suggestion', text: 'Tell the client before more is committed, or find savings on other lines.' },
    ],
  };
}
