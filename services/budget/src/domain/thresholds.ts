/** The shares of the planned total at which a budget tells the organization it is being used up. */
export const THRESHOLD_PERCENTS = [80, 100] as const;

export interface BudgetTotals {
  plannedMinor: number;
  committedMinor: number;
  actualMinor: number;
}

/**
 * The highest threshold that committed + actual has reached (0 when none). Nothing planned and
 * something spent counts as every threshold reached; nothing planned and nothing spent, none.
 * Integer arithmetic: spent × 100 ≥ percent × planned, so 79.999 % is not 80 %.
 */
export function thresholdLevel(totals: BudgetTotals, percents: readonly number[] = THRESHOLD_PERCENTS): number {
  const spent = totals.committedMinor + totals.actualMinor;
  let level = 0;
  for (const percent of percents) {
    const reached = totals.plannedMinor <= 0 ? spent > 0 : spent * 100 >= percent * totals.plannedMinor;
    if (reached && percent > level) level = percent;
  }
  return level;
}

export interface ThresholdChange {
  /** The level to remember for the next evaluation. */
  level: number;
  /** Thresholds crossed upwards by this change, lowest first: one BudgetThresholdCrossed each. */
  crossed: number[];
}

/**
 * Compares the remembered level with the totals after a change. A threshold is reported once when
 * crossed; falling back under it lowers the remembered level silently, so a later rise reports it again.
 */
export function evaluateThresholds(
  previousLevel: number,
  totals: BudgetTotals,
  percents: readonly number[] = THRESHOLD_PERCENTS,
): ThresholdChange {
  const level = thresholdLevel(totals, percents);
  const crossed = [...percents].sort((a, b) => a - b).filter((p) => p > previousLevel && p <= level);
  return { level, crossed };
}

/** (committed + actual) / planned × 100, or null when nothing is planned. */
export const usedPercent = (t: BudgetTotals): number | null =>
  t.plannedMinor > 0 ? Math.round(((t.committedMinor + t.actualMinor) * 10_000) / t.plannedMinor) / 100 : null;
