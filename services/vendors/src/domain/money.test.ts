import { describe, expect, it } from 'vitest';
import { amountMinor } from './money.ts';

describe('amountMinor', () => {
  it('multiplies whole quantities exactly', () => {
    expect(amountMinor(3, 45_000)).toBe(135_000);
    expect(amountMinor(1, 0)).toBe(0);
  });

  it('rounds fractional results half away from zero to the minor unit', () => {
    expect(amountMinor(0.5, 1)).toBe(1);
    expect(amountMinor(1.5, 3)).toBe(5); // 4.5 → 5
    expect(amountMinor(0.25, 3)).toBe(1); // 0.75 → 1
    expect(amountMinor(0.3, 1)).toBe(0); // 0.3 → 0
    expect(amountMinor(2.5, 12_345)).toBe(30_863); // 30 862.5 → 30 863
  });

  it('is not fooled by binary floating point', () => {
    // 1.005 × 100 is 100.49999999999999 in doubles; a person means 100.5 → 101.
    expect(amountMinor(1.005, 100)).toBe(101);
    expect(amountMinor(2.675, 100)).toBe(268);
    expect(amountMinor(0.1 + 0.2, 10)).toBe(3);
  });

  it('refuses a fractional rate and an unsafe amount', () => {
    expect(() => amountMinor(1, 1.5)).toThrow(RangeError);
    expect(() => amountMinor(1e9, 1e10)).toThrow(RangeError);
    expect(() => amountMinor(Number.NaN, 1)).toThrow(RangeError);
  });
});
