import { describe, expect, it } from 'vitest';
import { DAY, nextScheduledWindow, parseInstant, windowProblem } from './window.ts';

const NOW = Date.parse('2026-03-10T12:00:00.250Z');

describe('parseInstant', () => {
  it('reads a date as midnight UTC and a date-time with its offset', () => {
    expect(parseInstant('2026-03-01')).toBe(Date.parse('2026-03-01T00:00:00Z'));
    expect(parseInstant('2026-03-01T02:00:00+02:00')).toBe(Date.parse('2026-03-01T00:00:00Z'));
    expect(parseInstant('2026-03-01T00:00:00.5Z')).toBe(Date.parse('2026-03-01T00:00:00.500Z'));
  });
  it('refuses a date-time without offset, an impossible date and anything else', () => {
    for (const bad of [
      '2026-03-01T00:00:00',
      '2026-13-01',
      '2026-02-31',
      '0000-01-01',
      '1969-12-31',
      'yesterday',
      '',
      '1700000000000',
    ])
      expect(parseInstant(bad), bad).toBeUndefined();
  });
});

describe('windowProblem', () => {
  it('accepts a window that is over, refuses an empty or reversed one, and one still open', () => {
    expect(windowProblem({ from: NOW - DAY, to: NOW }, NOW)).toBeUndefined();
    expect(windowProblem({ from: NOW, to: NOW }, NOW)).toMatch(/before/);
    expect(windowProblem({ from: NOW, to: NOW - 1 }, NOW)).toMatch(/before/);
    expect(windowProblem({ from: NOW - DAY, to: NOW + 10 * 60_000 }, NOW)).toMatch(/future/);
  });
});

describe('nextScheduledWindow', () => {
  it('covers the last 24 hours the first time, in whole seconds', () => {
    const to = Date.parse('2026-03-10T12:00:00Z');
    expect(nextScheduledWindow(null, NOW)).toEqual({ from: to - DAY, to });
  });
  it('goes on from where the last one ended, and waits while that was less than a minute ago', () => {
    const last = Date.parse('2026-03-10T11:45:00Z');
    expect(nextScheduledWindow(last, NOW)).toEqual({ from: last, to: Date.parse('2026-03-10T12:00:00Z') });
    expect(nextScheduledWindow(NOW - 30_000, NOW)).toBeUndefined();
  });
});
