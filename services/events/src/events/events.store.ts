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
  /** The event's ids in other systems, by system (from event_external_ids). */
  external_ids: Record<string, string>;
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
    ? await db<EventRow[]>`select e.*, ${externalIdsOf(db, 'e')} from events e
                           where e.org_id = ${orgId} and e.event_id = ${eventId} for update of e`
    : await db<EventRow[]>`select e.*, ${externalIdsOf(db, 'e')} from events e
                           where e.org_id = ${orgId} and e.event_id = ${eventId}`;
  return row;
}

/** The `external_ids` column: the event's ids in other systems as one JSON object. */
const externalIdsOf = (db: Queryable, alias: 'e' | 'r') =>
  db`coalesce((select jsonb_object_agg(x.system, x.external_id) from event_external_ids x
             where x.event_id = ${db(alias)}.event_id), '{}'::jsonb) as external_ids`;

/** The event of the organization that carries `externalId` for `system`, if any. */
export async function findEventIdByExternalId(
  db: Queryable,
  orgId: string,
  system: string,
  externalId: string,
): Promise<string | undefined> {
  const [row] = await db<{ event_id: string }[]>`
    select event_id from event_external_ids where org_id = ${orgId} and system = ${system} and external_id = ${externalId}`;
  return row?.event_id;
}

/**
 * Sets (or with null, clears) the event's id in `system`. False when another event of the
 * organization holds that id already (nothing changes then).
 */
export async function setExternalId(
  db: Queryable,
  e: { orgId: string; eventId: string; system: string; externalId: string | null },
): Promise<boolean> {
  await db`delete from event_external_ids where event_id = ${e.eventId} and system = ${e.system}`;
  if (e.externalId === null) return true;
  const rows = await db`
    insert into event_external_ids (event_id, org_id, system, external_id)
    values (${e.eventId}, ${e.orgId}, ${e.system}, ${e.externalId}) on conflict do nothing returning 1`;
  return rows.length === 1;
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
    select r.*, ${externalIdsOf(db, 'r')} from events r
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
  externalIds: row.external_ids ?? {},
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
