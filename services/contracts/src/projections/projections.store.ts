import type { Queryable } from '@playbook/db/client';

/** Contracts' own copy of what it needs about vendors and events, built from their topics (never a call). */

export interface KnownVendor {
  vendor_id: string;
  org_id: string;
  name: string;
}

export interface KnownEvent {
  event_id: string;
  org_id: string;
  client_id: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

/** Registered or updated: the latest name wins (facts about one vendor share its key, so they arrive in order). */
export async function recordVendor(db: Queryable, v: { vendorId: string; orgId: string; name: string }) {
  await db`insert into known_vendors (vendor_id, org_id, name) values (${v.vendorId}, ${v.orgId}, ${v.name})
           on conflict (vendor_id) do update set name = excluded.name`;
}

export async function recordEvent(
  db: Queryable,
  e: { eventId: string; orgId: string; clientId: string; name: string; startsOn: string; endsOn: string },
) {
  await db`insert into known_events (event_id, org_id, client_id, name, starts_on, ends_on)
           values (${e.eventId}, ${e.orgId}, ${e.clientId}, ${e.name}, ${e.startsOn}, ${e.endsOn})
           on conflict (event_id) do update set client_id = excluded.client_id, name = excluded.name,
             starts_on = excluded.starts_on, ends_on = excluded.ends_on`;
}

export async function findVendor(db: Queryable, orgId: string, vendorId: string): Promise<KnownVendor | undefined> {
  const [row] = await db<
    KnownVendor[]
  >`select * from known_vendors where vendor_id = ${vendorId} and org_id = ${orgId}`;
  return row;
}

export async function findEvent(db: Queryable, orgId: string, eventId: string): Promise<KnownEvent | undefined> {
  const [row] = await db<KnownEvent[]>`select * from known_events where event_id = ${eventId} and org_id = ${orgId}`;
  return row;
}
