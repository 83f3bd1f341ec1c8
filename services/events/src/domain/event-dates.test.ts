import { describe, expect, it } from 'vitest';
import { datesInOrder, isIanaTimezone, isIsoDate } from './event-dates.ts';

describe('event dates', () => {
  it('accepts real calendar days only', () => {
    expect(isIsoDate('2026-03-14')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-3-14')).toBe(false);
    expect(isIsoDate('14/03/2026')).toBe(false);
  });

  it('accepts IANA zones and refuses abbreviations and nonsense', () => {
    expect(isIanaTimezone('America/New_York')).toBe(true);
    expect(isIanaTimezone('Europe/Lisbon')).toBe(true);
    expect(isIanaTimezone('UTC')).toBe(true);
    expect(isIanaTimezone('EST')).toBe(false);
    expect(isIanaTimezone('Mars/Olympus_Mons')).toBe(false);
  });

  it('keeps the last day on or after the first', () => {
    expect(datesInOrder('2026-03-14', '2026-03-14')).toBe(true);
    expect(datesInOrder('2026-03-14', '2026-03-16')).toBe(true);
    expect(datesInOrder('2026-03-14', '2026-03-13')).toBe(false);
  });
});
