import { createHash } from 'node:crypto';
import type { CalendarEvent } from '../google-api.ts';

/**
 * The Calendar event id of a Playbook event: Calendar lets the client choose it (base32hex: a–v and
 * 0–9, 5 to 1024 characters, unique per calendar), so it is derived — `pb` and the SHA-256 of the
 * organization and event ids in hex (a subset of base32hex) — and a retried insert answers 409.
 */
export const calendarEventIdOf = (orgId: string, eventId: string) =>
  `pb${createHash('sha256').update(`${orgId}:${eventId}`).digest('hex')}`;

/** An all-day entry's end is exclusive: the day after the last day. */
export function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface EventDates {
  orgId: string;
  eventId: string;
  clientId: string;
  name: string;
  startsOn: string;
  endsOn: string;
  timezone: string;
  venue: string | null;
}

/** The Calendar entry of an event: all-day from its first to its last day, in its timezone. */
export function entryOf(e: EventDates): CalendarEvent {
  return {
    id: calendarEventIdOf(e.orgId, e.eventId),
    summary: e.name,
    location: e.venue,
    description: `The Playbook event ${e.eventId}.`,
    start: { date: e.startsOn, timeZone: e.timezone },
    end: { date: dayAfter(e.endsOn), timeZone: e.timezone },
    extendedProperties: { private: { playbookEventId: e.eventId, playbookOrgId: e.orgId } },
  };
}

/** Whether the entry in Calendar already shows what the Playbook says. */
export const sameDates = (a: CalendarEvent, b: CalendarEvent) =>
  a.summary === b.summary &&
  (a.location ?? null) === (b.location ?? null) &&
  a.start.date === b.start.date &&
  a.end.date === b.end.date;
