import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, expiryNoticeDue, isoDay, noticeHorizon } from './expiry.ts';

describe('expiry notices', () => {
  const today = '2027-12-01';
  const signed = { status: 'signed', endsOn: '2027-12-31', expiryNoticedFor: null };

  it('computes days and horizons in UTC days, across month and year ends', () => {
    expect(isoDay(Date.UTC(2027, 11, 1, 23, 59))).toBe('2027-12-01');
    expect(addDays('2027-12-15', 30)).toBe('2028-01-14');
    expect(daysBetween('2027-12-01', '2027-12-31')).toBe(30);
    expect(noticeHorizon(today, 30)).toBe('2027-12-31');
  });

  it('is due for a contract in force ending within the notice days', () => {
    expect(expiryNoticeDue(signed, today, 30)).toBe(true);
    expect(expiryNoticeDue(signed, today, 29)).toBe(false);
    expect(expiryNoticeDue({ ...signed, status: 'amended' }, today, 30)).toBe(true);
  });

  it('is due once per end date: not again for the same date, again after the date moved', () => {
    expect(expiryNoticeDue({ ...signed, expiryNoticedFor: '2027-12-31' }, today, 30)).toBe(false);
    expect(expiryNoticeDue({ ...signed, expiryNoticedFor: '2027-11-30' }, today, 30)).toBe(true);
  });

  it('is never due for drafts, unsigned, expiring, terminated or open-ended contracts', () => {
    for (const status of ['drafted', 'sent_for_signature', 'expiring', 'terminated'])
      expect(expiryNoticeDue({ ...signed, status }, today, 30)).toBe(false);
    expect(expiryNoticeDue({ ...signed, endsOn: null }, today, 30)).toBe(false);
  });

  it('is not due once the end date has passed, and is due on the last day itself', () => {
    expect(expiryNoticeDue({ ...signed, endsOn: '2027-11-30' }, today, 30)).toBe(false);
    expect(expiryNoticeDue({ ...signed, endsOn: today }, today, 30)).toBe(true);
  });
});
