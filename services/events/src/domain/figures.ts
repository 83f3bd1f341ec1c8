/**
 * Registration and NPS figures of an event as a registration or survey system reports them: plain
 * rules, no I/O. A figure is identified by its source and the instant the source counted it.
 */
export interface NpsCounts {
  promoters: number;
  passives: number;
  detractors: number;
}

/** The bands every NPS reading is computed with (answers on the 0–10 scale). */
export const NPS_BANDS = { promoters: '9-10', passives: '7-8', detractors: '0-6' } as const;

export type NpsResult = { ok: true; score: number; respondents: number } | { ok: false; reason: string };

/** NPS = % promoters − % detractors, rounded to a whole number (−100…100); no respondents, no score. */
export function npsOf(c: NpsCounts): NpsResult {
  const counts = [c.promoters, c.passives, c.detractors];
  if (!counts.every((n) => Number.isInteger(n) && n >= 0))
    return { ok: false, reason: 'promoters, passives and detractors are whole numbers, zero or more.' };
  const respondents = c.promoters + c.passives + c.detractors;
  if (respondents === 0) return { ok: false, reason: 'An NPS needs at least one respondent.' };
  return { ok: true, score: Math.round((100 * (c.promoters - c.detractors)) / respondents), respondents };
}

export interface RegistrationCounts {
  registered: number;
  checkedIn: number;
  capacity?: number | null | undefined;
}

/** What is wrong with a snapshot's numbers, or null. Walk-ins make checkedIn > registered possible. */
export function registrationProblem(r: RegistrationCounts): string | null {
  const counts = [r.registered, r.checkedIn, ...(r.capacity == null ? [] : [r.capacity])];
  return counts.every((n) => Number.isInteger(n) && n >= 0 && n <= 2_147_483_647)
    ? null
    : 'registered, checkedIn and capacity are whole numbers, zero or more.';
}

/**
 * The three bands of answers counted by score (index = score 0–10, as a survey system reports
 * them): 9–10 promoters, 7–8 passives, 0–6 detractors (NPS_BANDS).
 */
export function npsCountsOf(answersByScore: readonly number[]): NpsCounts {
  const sum = (from: number, to: number) => answersByScore.slice(from, to + 1).reduce((a, b) => a + b, 0);
  return { promoters: sum(9, 10), passives: sum(7, 8), detractors: sum(0, 6) };
}
