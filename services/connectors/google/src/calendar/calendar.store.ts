import type { Queryable } from '@playbook/db/client';

export interface CalendarEntryRow {
  event_id: string;
  calendar_event_id: string;
  summary: string;
  location: string | null;
  starts_on: string;
  ends_on: string;
}

export async function findEntry(db: Queryable, eventId: string): Promise<CalendarEntryRow | undefined> {
  const [row] = await db<CalendarEntryRow[]>`select * from calendar_entries where event_id = ${eventId}`;
  return row;
}

export async function saveEntry(
  db: Queryable,
  e: {
    eventId: string;
    orgId: string;
    calendarId: string;
    calendarEventId: string;
    summary: string;
    location: string | null;
    startsOn: string;
    endsOn: string;
    timezone: string;
  },
): Promise<void> {
  await db`
    insert into calendar_entries (event_id, org_id, calendar_id, calendar_event_id, summary, location, starts_on, ends_on, timezone)
    values (${e.eventId}, ${e.orgId}, ${e.calendarId}, ${e.calendarEventId}, ${e.summary}, ${e.location}, ${e.startsOn},
            ${e.endsOn}, ${e.timezone})
    on conflict (event_id) do update set summary = excluded.summary, location = excluded.location,
      starts_on = excluded.starts_on, ends_on = excluded.ends_on, timezone = excluded.timezone, written_at = now()`;
}
