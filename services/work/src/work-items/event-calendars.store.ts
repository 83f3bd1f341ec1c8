import type { Queryable } from '@playbook/db/client';

/** An event's days and timezone, as work heard them in EventCreated. */
export async function recordEventCalendar(
  db: Queryable,
  c: { eventId: string; orgId: string; timezone: string; startsOn: string; endsOn: string },
): Promise<void> {
  await db`insert into event_calendars (event_id, org_id, timezone, starts_on, ends_on)
           values (${c.eventId}, ${c.orgId}, ${c.timezone}, ${c.startsOn}, ${c.endsOn})
           on conflict (event_id) do nothing`;
}

/** The timezone an event's due dates are read in; UTC for an event work has not heard of. */
export async function timezoneOf(db: Queryable, eventId: string): Promise<string> {
  const [row] = await db<{ timezone: string }[]>`select timezone from event_calendars where event_id = ${eventId}`;
  return row?.timezone ?? 'UTC';
}
