import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { EventStatus } from '../domain/lifecycle.ts';

export interface EventRow {
  seq: string;
  event_id: string;
  org_id: string;
  client_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
  timezone: string;
  venue: string | null;
  status: EventStatus;
  cancel_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface EventDetails {
  name: string;
  startsOn: string;
  endsOn: string;
  timezone: string;
  venue: string | null;
}

export async function insertEvent(
  db: Queryable,
  e: EventDetails & { eventId: string; orgId: string; clientId: string },
): Promise<void> {
  await db`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, timezone, venue)
           values (${e.eventId}, ${e.orgId}, ${e.clientId}, ${e.name}, ${e.startsOn}, ${e.endsOn}, ${e.timezone}, ${e.venue})`;
}

export async function findEvent(
  db: Queryable,
  orgId: string,
  eventId: string,
  forUpdate = false,
): Promise<EventRow | undefined> {
  const [row] = forUpdate
    ? await db<EventRow[]>`select * from events where org_id = ${orgId} and event_id = ${eventId} for update`
    : await db<EventRow[]>`select * from events where org_id = ${orgId} and event_id = ${eventId}`;
  return row;
}

export async function updateDetails(db: Queryable, eventId: string, d: EventDetails): Promise<void> {
  await db`update events set name = ${d.name}, starts_on = ${d.startsOn}, ends_on = ${d.endsOn}, timezone = ${d.timezone},
           venue = ${d.venue}, updated_at = now() where event_id = ${eventId}`;
}

export async function setStatus(
  db: Queryable,
  eventId: string,
  status: EventStatus,
  cancelReason: string | null = null,
): Promise<void> {
  await db`update events set status = ${status}, cancel_reason = ${cancelReason}, updated_at = now() where event_id = ${eventId}`;
}

export interface EventFilter {
  clientId?: string | undefined;
  status?: EventStatus | undefined;
  limit: number;
  afterSeq: string;
}

/** The page after `f.afterSeq` (limit + 1 rows, for toPage) of the events `reader` may read. */
export function listReadable(db: Queryable, reader: Reader, f: EventFilter) {
  return db<EventRow[]>`
    select r.* from events r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.clientId ? db`and r.client_id = ${f.clientId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export const detailsOf = (row: EventRow): EventDetails => ({
  name: row.name,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  timezone: row.timezone,
  venue: row.venue,
});

export const eventView = (row: EventRow) => ({
  eventId: row.event_id,
  orgId: row.org_id,
  clientId: row.client_id,
  ...detailsOf(row),
  status: row.status,
  cancelReason: row.cancel_reason,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
