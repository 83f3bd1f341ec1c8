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

/** Events with active engagements or open work that start within `leadDays` of `asOf` or are under way then. */
export async function eventsToSweep(db: Queryable, asOf: string, leadDays: number) {
  const rows = await db<{ event_id: string; org_id: string; client_id: string }[]>`
    select e.event_id, e.org_id, e.client_id from events e
    where e.status <> 'cancelled' and e.ends_on >= ${asOf}
      and e.starts_on <= to_char(${asOf}::date + ${leadDays}::int, 'YYYY-MM-DD')
      and (exists (select 1 from engagements g where g.event_id = e.event_id and g.status = 'active')
        or exists (select 1 from work_items w where w.event_id = e.event_id and w.status <> 'done'))
    order by e.event_id`;
  return rows;
}
