import type { Queryable } from '@playbook/db/client';

/** Budget's own copy of what it needs about events (from events.EventCreated; budget never calls events). */
export async function insertEvent(
  db: Queryable,
  e: { eventId: string; orgId: string; clientId: string; name: string; startsOn: string; endsOn: string },
): Promise<void> {
  await db`insert into events (event_id, org_id, client_id, name, starts_on, ends_on)
           values (${e.eventId}, ${e.orgId}, ${e.clientId}, ${e.name}, ${e.startsOn}, ${e.endsOn})
           on conflict (event_id) do nothing`;
}

export interface EventScope {
  orgId: string;
  clientId: string;
  eventId: string;
}

/**
 * Where an event sits, from the events projection, or from its budget when spend made the budget
 * before the event reached us. Undefined when budget knows neither (or it is another organization's).
 */
export async function findEventScope(db: Queryable, orgId: string, eventId: string): Promise<EventScope | undefined> {
  const [row] = await db<{ org_id: string; client_id: string }[]>`
    select org_id, client_id from events where event_id = ${eventId} and org_id = ${orgId}
    union all
    select org_id, client_id from budgets where event_id = ${eventId} and org_id = ${orgId}
    limit 1`;
  return row ? { orgId: row.org_id, clientId: row.client_id, eventId } : undefined;
}
