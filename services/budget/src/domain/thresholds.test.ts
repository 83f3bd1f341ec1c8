import { describe, expect, it } from 'vitest';
import { evaluateThresholds, thresholdLevel, usedPercent } from './thresholds.ts';

const totals = (plannedMinor: number, committedMinor: number, actualMinor = 0) => ({
  plannedMinor,
  committedMinor,
  actualMinor,
});

describe('threshold level', () => {
  it('counts committed and actual together against planned', () => {
    expect(thresholdLevel(totals(100_000, 40_000, 39_999))).toBe(0);
    expect(thresholdLevel(totals(100_000, 40_000, 40_000))).toBe(80);
    expect(thresholdLevel(totals(100_000, 99_999))).toBe(80);
    expect(thresholdLevel(totals(100_000, 60_000, 40_000))).toBe(100);
    expect(thresholdLevel(totals(100_000, 250_000))).toBe(100);
  });

  it('treats spend on nothing planned as every threshold reached, and nothing on nothing as none', () => {
    expect(thresholdLevel(totals(0, 1))).toBe(100);
    expect(thresholdLevel(totals(0, 0))).toBe(0);
  });
});

describe('threshold crossings', () => {
  it('reports a crossing once, not again while above it', () => {
    const first = evaluateThresholds(0, totals(100_000, 85_000));
    expect(first).toEqual({ level: 80, crossed: [80] });
    expect(evaluateThresholds(first.level, totals(100_000, 90_000))).toEqual({ level: 80, crossed: [] });
  });

  it('reports both thresholds, lowest first, when one change jumps over both', () => {
    expect(evaluateThresholds(0, totals(100_000, 120_000))).toEqual({ level: 100, crossed: [80, 100] });
    expect(evaluateThresholds(80, totals(100_000, 100_000))).toEqual({ level: 100, crossed: [100] });
  });

  it('reports a threshold again only after falling back under it', () => {
    const fell = evaluateThresholds(100, totals(100_000, 90_000));
    expect(fell).toEqual({ level: 80, crossed: [] });
    expect(evaluateThresholds(fell.level, totals(100_000, 101_000))).toEqual({ level: 100, crossed: [100] });
    const under = evaluateThresholds(100, totals(100_000, 10_000));
    expect(under).toEqual({ level: 0, crossed: [] });
    expect(evaluateThresholds(under.level, totals(100_000, 100_000))).toEqual({ level: 100, crossed: [80, 100] });
  });

  it('moves with the plan too: a smaller plan can cross, a larger one falls back', () => {
    expect(evaluateThresholds(0, totals(50_000, 45_000))).toEqual({ level: 80, crossed: [80] });
    expect(evaluateThresholds(80, totals(200_000, 45_000))).toEqual({ level: 0, crossed: [] });
  });
});

describe('used percent', () => {
  it('is rounded to two decimals, null with nothing planned', () => {
    expect(usedPercent(totals(300_000, 100_000))).toBe(33.33);
    expect(usedPercent(totals(0, 5))).toBeNull();
  });
});
