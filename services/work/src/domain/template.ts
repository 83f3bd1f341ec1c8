/** A line of an organization template: a task due a number of days before or after the event's first or last day. */
export interface TemplateLine {
  title: string;
  anchor: 'start' | 'end';
  /** Negative: before the anchor day (−30 = thirty days before); positive: after it. */
  offsetDays: number;
  /** The role expected to do it (e.g. producer); items are made unassigned. */
  assigneeRole?: string | null | undefined;
}

export interface EventDates {
  startsOn: string;
  endsOn: string;
}

const DAY_MS = 86_400_000;

/** A calendar date plus n days, as a calendar date (no timezone enters: both are plain dates). */
export function addDays(isoDate: string, days: number): string {
  const base = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(base)) throw new RangeError(`not an ISO date: ${isoDate}`);
  return new Date(base + days * DAY_MS).toISOString().slice(0, 10);
}

/** The due date of a template line for an event. */
export const dueOnFor = (line: TemplateLine, dates: EventDates): string =>
  addDays(line.anchor === 'start' ? dates.startsOn : dates.endsOn, line.offsetDays);

/** "−30 days from start", "+2 days after end", "on the start day": how a line reads in a rule or a list. */
export function describeOffset(line: Pick<TemplateLine, 'anchor' | 'offsetDays'>): string {
  const n = Math.abs(line.offsetDays);
  const unit = n === 1 ? 'day' : 'days';
  if (line.offsetDays === 0) return `on the ${line.anchor} day`;
  return line.offsetDays < 0 ? `${n} ${unit} before ${line.anchor}` : `${n} ${unit} after ${line.anchor}`;
}

/** Whether a string is a real calendar date YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}
