/** Windows asked of connectors: half-open [from, to) in epoch milliseconds. */
export interface Window {
  from: number;
  to: number;
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** A window may end this far ahead of the clock (clock skew); later than that it would be fetched incomplete. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A calendar date (midnight UTC) or a date-time with its offset, from 1970 on (no connector has
 * older data, and PostgreSQL has no year 0); undefined for anything else.
 */
export function parseInstant(value: string): number | undefined {
  let ms: number;
  if (DATE.test(value)) {
    ms = Date.parse(`${value}T00:00:00Z`);
    // Date.parse rolls 2026-02-31 over into March: a date must read back as itself.
    if (Number.isNaN(ms) || !new Date(ms).toISOString().startsWith(value)) return undefined;
  } else if (DATE_TIME.test(value)) {
    ms = Date.parse(value);
  } else return undefined;
  return ms >= 0 ? ms : undefined;
}

/** Why a window cannot be asked for, or undefined when it can. */
export function windowProblem(w: Window, now: number): string | undefined {
  if (!(w.from < w.to)) return 'from must be before to.';
  if (w.to > now + FUTURE_TOLERANCE_MS)
    return 'to lies in the future: a window still open would be fetched incomplete.';
  return undefined;
}

/**
 * The schedule's next window for one connector dataset: from the end of the last scheduled window
 * (the first time, the last `firstLookbackMs`) to now, whole seconds; none while it would be
 * shorter than `minMs` (a pass right after the previous one).
 */
export function nextScheduledWindow(
  lastEnd: number | null,
  now: number,
  o: { firstLookbackMs?: number; minMs?: number } = {},
): Window | undefined {
  const to = Math.floor(now / 1000) * 1000;
  const from = lastEnd ?? to - (o.firstLookbackMs ?? DAY);
  return to - from >= (o.minMs ?? 60_000) ? { from, to } : undefined;
}
