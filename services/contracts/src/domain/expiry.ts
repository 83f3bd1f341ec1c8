/** When a contract's end comes close enough to notice. Dates are ISO (YYYY-MM-DD), days are UTC days. */

const DAY_MS = 86_400_000;

export const isoDay = (at: number): string => new Date(at).toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => isoDay(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS);

export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** The latest end date noticed today: contracts ending on or before it are due a notice. */
export const noticeHorizon = (today: string, noticeDays: number): string => addDays(today, noticeDays);

/**
 * Due a notice: in force (signed or amended), ending between today and the horizon, and not yet
 * noticed for this end date (an amendment that moves the end date makes a new notice possible). A
 * contract whose end already passed gets no notice: there is nothing left to warn about.
 */
export function expiryNoticeDue(
  c: { status: string; endsOn: string | null; expiryNoticedFor: string | null },
  today: string,
  noticeDays: number,
): boolean {
  if (c.endsOn === null || (c.status !== 'signed' && c.status !== 'amended')) return false;
  return c.endsOn >= today && c.endsOn <= noticeHorizon(today, noticeDays) && c.expiryNoticedFor !== c.endsOn;
}
