import type { Queryable } from '@playbook/db/client';

/** Vendors' own copy of what it needs about events (from the events topic; vendors never calls events). */
export interface EventRow {
  event_id: string;
  org_id: string;
  client_id: string;
  name: string;
  status: string;
}

export interface KnownEvent {
  eventId: string;
  orgId: string;
  clientId: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export async function findEvent(db: Queryable, orgId: string, eventId: string): Promise<EventRow | undefined> {
  const [row] = await db<EventRow[]>`select * from events where event_id = ${eventId} and org_id = ${orgId}`;
  return row;
}

export async function insertEvent(db: Queryable, e: KnownEvent & { status: string }) {
  await db`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
           values (${e.eventId}, ${e.orgId}, ${e.clientId}, ${e.name}, ${e.startsOn}, ${e.endsOn}, ${e.status})
           on conflict (event_id) do nothing`;
}

/** Facts about one event share its key, so they arrive in order; an update for an unseen event still records it. */
export async function upsertEvent(db: Queryable, e: KnownEvent) {
  await db`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
           values (${e.eventId}, ${e.orgId}, ${e.clientId}, ${e.name}, ${e.startsOn}, ${e.endsOn}, 'draft')
           on conflict (event_id) do update set client_id = excluded.client_id, name = excluded.name,
             starts_on = excluded.starts_on, ends_on = excluded.ends_on, updated_at = now()`;
}

export async function setEventStatus(db: Queryable, eventId: string, status: string) {
  await db`update events set status = ${status}, updated_at = now() where event_id = ${eventId}`;
}
