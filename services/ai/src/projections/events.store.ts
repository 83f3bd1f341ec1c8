import type { Queryable } from '@playbook/db/client';

export async function upsertEvent(
  db: Queryable,
  e: {
    eventId: string;
    orgId: string;
    clientId: string;
    name: string;
    startsOn: string;
    endsOn: string;
    status?: string;
  },
) {
  await db`insert into events (event_id, org_id, client_id, name, starts_on, ends_on, status)
           values (${e.eventId}, ${e.orgId}, ${e.clientId}, ${e.name}, ${e.startsOn}, ${e.endsOn}, ${e.status ?? 'draft'})
           on conflict (event_id) do update set client_id = excluded.client_id, name = excluded.name,
             starts_on = excluded.starts_on, ends_on = excluded.ends_on`;
}

export async function setEventStatus(db: Queryable, eventId: string, status: string) {
  await db`update events set status = ${status} where event_id = ${eventId}`;
}
