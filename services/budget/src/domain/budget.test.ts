import { describe, expect, it } from 'vitest';
import { budgetIdFor, lineFor, signOffRequired, signOffRule, unassignedLineIdFor } from './budget.ts';
import { plannedMinor } from './money.ts';

describe('planned amount', () => {
  it('is quantity × unit cost rounded half away from zero', () => {
    expect(plannedMinor(3, 420_000)).toBe(1_260_000);
    expect(plannedMinor(2.5, 95_001)).toBe(237_503);
    expect(plannedMinor(1.005, 100)).toBe(101);
    expect(plannedMinor(0, 420_000)).toBe(0);
  });

  it('refuses fractional minor units and amounts beyond the safe range', () => {
    expect(() => plannedMinor(1, 1.5)).toThrow(RangeError);
    expect(() => plannedMinor(1e9, 1e9)).toThrow(RangeError);
  });
});

describe('ids', () => {
  it('derives one budget per event and one unassigned line per budget', () => {
    expect(budgetIdFor('event-a')).toBe(budgetIdFor('event-a'));
    expect(budgetIdFor('event-a')).not.toBe(budgetIdFor('event-b'));
    expect(unassignedLineIdFor(budgetIdFor('event-a'))).not.toBe(budgetIdFor('event-a'));
  });
});

describe('line a commitment counts against', () => {
  const lines = new Set(['l-1', 'l-2']);
  it('is the named line when the budget has it, else the unassigned line', () => {
    expect(lineFor('l-2', lines, 'u')).toBe('l-2');
    expect(lineFor('l-9', lines, 'u')).toBe('u');
    expect(lineFor(null, lines, 'u')).toBe('u');
    expect(lineFor(undefined, lines, 'u')).toBe('u');
  });
});

describe('sign-off on a revision', () => {
  const policy = { thresholdMinor: 100_000 };
  it('is required only when |delta| exceeds the threshold', () => {
    expect(signOffRequired(100_000, policy)).toBe(false);
    expect(signOffRequired(100_001, policy)).toBe(true);
    expect(signOffRequired(-100_001, policy)).toBe(true);
    expect(signOffRequired(0, { thresholdMinor: 0 })).toBe(false);
  });

  it('names the threshold it applied', () => {
    expect(signOffRule(policy)).toEqual({
      name: 'budget.sign-off-threshold',
      parameters: { thresholdMinor: '100000', comparison: '|deltaMinor| > thresholdMinor' },
    });
  });
});
