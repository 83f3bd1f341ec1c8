/** What the modules' databases show of one flow's accepted work, unit by unit (a request, a charge, a deal). */
export interface Effects {
  accepted: number;
  /** Units with exactly their effects. */
  exact: number;
  /** Units with an effect missing. */
  lost: string[];
  /** Units with an effect more than once, or one they should not have. */
  doubled: string[];
}

export type Verdict = 'exact' | 'lost' | 'doubled';

/** Each accepted unit judged by `verdict`, counted. */
export function tally(accepted: readonly string[], verdict: (id: string) => Verdict): Effects {
  const lost: string[] = [];
  const doubled: string[] = [];
  for (const id of accepted) {
    const v = verdict(id);
    if (v === 'lost') lost.push(id);
    else if (v === 'doubled') doubled.push(id);
  }
  return { accepted: accepted.length, exact: accepted.length - lost.length - doubled.length, lost, doubled };
}

/** How many rows name each value of a column: the count per id a verdict reads. */
export const countBy = <T>(rows: readonly T[], pick: (row: T) => string) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(pick(row), (counts.get(pick(row)) ?? 0) + 1);
  return (id: string) => counts.get(id) ?? 0;
};
