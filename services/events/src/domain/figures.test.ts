import { describe, expect, it } from 'vitest';
import { npsCountsOf, npsOf, registrationProblem } from './figures.ts';

describe('NPS', () => {
  it('is % promoters − % detractors, rounded, over every respondent', () => {
    expect(npsOf({ promoters: 60, passives: 25, detractors: 15 })).toEqual({ ok: true, score: 45, respondents: 100 });
    expect(npsOf({ promoters: 1, passives: 1, detractors: 1 })).toEqual({ ok: true, score: 0, respondents: 3 });
    expect(npsOf({ promoters: 2, passives: 0, detractors: 1 })).toEqual({ ok: true, score: 33, respondents: 3 });
    expect(npsOf({ promoters: 0, passives: 0, detractors: 7 })).toMatchObject({ score: -100 });
  });

  it('refuses no respondents and negative or fractional counts', () => {
    expect(npsOf({ promoters: 0, passives: 0, detractors: 0 }).ok).toBe(false);
    expect(npsOf({ promoters: -1, passives: 2, detractors: 0 }).ok).toBe(false);
    expect(npsOf({ promoters: 1.5, passives: 2, detractors: 0 }).ok).toBe(false);
  });
});

describe('registration snapshots', () => {
  it('takes whole non-negative numbers, more checked in than registered included (walk-ins)', () => {
    expect(registrationProblem({ registered: 120, checkedIn: 130, capacity: 150 })).toBeNull();
    expect(registrationProblem({ registered: 0, checkedIn: 0, capacity: null })).toBeNull();
    expect(registrationProblem({ registered: -1, checkedIn: 0 })).toMatch(/whole numbers/);
    expect(registrationProblem({ registered: 1, checkedIn: 0, capacity: 2.5 })).toMatch(/whole numbers/);
  });
});

describe('npsCountsOf', () => {
  it('bands answers counted by score: 9–10 promoters, 7–8 passives, 0–6 detractors', () => {
    expect(npsCountsOf([1, 0, 0, 3, 0, 0, 3, 3, 3, 9, 9])).toEqual({ promoters: 18, passives: 6, detractors: 7 });
    expect(npsCountsOf([])).toEqual({ promoters: 0, passives: 0, detractors: 0 });
  });
});
