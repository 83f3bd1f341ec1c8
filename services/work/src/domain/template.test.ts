import { describe, expect, it } from 'vitest';
import { addDays, describeOffset, dueOnFor, isIsoDate } from './template.ts';

const summit = { startsOn: '2027-03-10', endsOn: '2027-03-12' };

describe('template due dates', () => {
  it('counts days before the first day and after the last', () => {
    expect(dueOnFor({ title: 'Book venue walkthrough', anchor: 'start', offsetDays: -30 }, summit)).toBe('2027-02-08');
    expect(dueOnFor({ title: 'Wrap report', anchor: 'end', offsetDays: 2 }, summit)).toBe('2027-03-14');
    expect(dueOnFor({ title: 'Doors open', anchor: 'start', offsetDays: 0 }, summit)).toBe('2027-03-10');
  });

  it('crosses months, leap days and daylight-saving changes as plain calendar days', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2027-03-14', 1)).toBe('2027-03-15');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('reads as a person would say it', () => {
    expect(describeOffset({ anchor: 'start', offsetDays: -30 })).toBe('30 days before start');
    expect(describeOffset({ anchor: 'end', offsetDays: 1 })).toBe('1 day after end');
    expect(describeOffset({ anchor: 'start', offsetDays: 0 })).toBe('on the start day');
  });

  it('knows a calendar date from a string that only looks like one', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('27-02-01')).toBe(false);
  });
});
