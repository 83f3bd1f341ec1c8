import type { Queryable } from '@playbook/db/client';
import type postgres from 'postgres';
import { ROLES, type Role } from './permissions.ts';

/**
 * Who may read what, asked of this service's own projection of grants and of the scope tree. The
 * one place that knows the `access_*` tables besides the projection writer: services ask here,
 * never in their own SQL. One record: `c.var.authorize(permission, scope)`; lists: `visible(...)`
 * as a condition inside the list's own query, so filtering and paging both happen in SQL.
 */

type Fragment = postgres.PendingQuery<postgres.Row[]>;

export interface Reader {
  id: string;
  orgId: string;
}

export interface VisibleOptions {
  /** The alias of the row being listed (default `r`); it must have an `org_id` column. */
  alias?: string;
  /** The roles that count (default: every role — reading). A fragment for a per-row role, e.g. `r.approver_role`. */
  roles?: readonly Role[] | Fragment;
  /** The row's client (default `<alias>.client_id`); a fragment for computed ones. */
  clientId?: Fragment;
  /** The row's event (default `<alias>.event_id`); `null` for rows that never sit at an event (clients). */
  eventId?: Fragment | null;
  /**
   * Take an event's client from the scope tree, falling back to the row's own: for rows whose client
   * was written by someone else (the audit trail) or may precede the tree (approvals).
   */
  clientFromTree?: boolean;
  /** A client-level row is visible through a grant on any of its events too (events' client list). */
  clientThroughEventGrants?: boolean;
}

/**
 * SQL condition: the row is visible to `reader`. A grant at the organization covers every row; at a
 * client, the client's rows and its events'; at an event, that event's rows only. Rows at the
 * organization level (no client, no event) need an organization grant. A deactivated reader sees
 * nothing. Rows of another organization are never visible.
 */
export function visible(db: Queryable, reader: Reader, options: VisibleOptions = {}): Fragment {
  const row = db(options.alias ?? 'r');
  const event = options.eventId === undefined ? db`${row}.event_id` : options.eventId;
  const client = clientOf(db, options);
  const roles = options.roles ?? ROLES;
  const roleMatches = Array.isArray(roles)
    ? db`g.role = any(${roles as Role[]})`
    : db`g.role in (${roles as Fragment}, 'admin')`;
  const clientGrant = options.clientThroughEventGrants
    ? db`g.client_id = ${client}`
    : db`g.event_id is null and g.client_id = ${client}`;
  const eventGrant = event ? db`or (${event} is not null and g.event_id = ${event})` : db``;
  return db`
    ${row}.org_id = ${reader.orgId}
    and not exists (select 1 from access_principals p where p.principal_id = ${reader.id} and p.deactivated_at is not null)
    and exists (select 1 from access_grants g
                where g.principal_id = ${reader.id} and g.org_id = ${row}.org_id and ${roleMatches}
                  and ((g.client_id is null and g.event_id is null) or (${clientGrant}) ${eventGrant}))`;
}

/**
 * SQL expression: the row's client as `visible` judges it — with `clientFromTree`, an event's client
 * from the scope tree (falling back to the row's own), else the row's own client. For a list's
 * client filter to agree with its visibility (the audit trail's `?clientId=`).
 */
export function clientOf(
  db: Queryable,
  options: Pick<VisibleOptions, 'alias' | 'clientId' | 'eventId' | 'clientFromTree'> = {},
): Fragment {
  const row = db(options.alias ?? 'r');
  const event = options.eventId === undefined ? db`${row}.event_id` : options.eventId;
  const ownClient = options.clientId ?? db`${row}.client_id`;
  return options.clientFromTree && event
    ? db`coalesce((select n.client_id from access_scope_nodes n
                   where n.id = ${event} and n.kind = 'event' and n.org_id = ${row}.org_id), ${ownClient})`
    : ownClient;
}

/** Whether the reader holds any role in their organization (the org-wide catalog: vendors, rate cards). */
export async function isMember(db: Queryable, reader: Reader): Promise<boolean> {
  const rows = await db`
    select 1 from access_grants g where g.principal_id = ${reader.id} and g.org_id = ${reader.orgId}
      and not exists (select 1 from access_principals p where p.principal_id = ${reader.id} and p.deactivated_at is not null)
    limit 1`;
  return rows.length > 0;
}

/** An event as this service's scope tree knows it (from events.EventCreated), or null. */
export async function eventScope(db: Queryable, eventId: string): Promise<{ orgId: string; clientId: string } | null> {
  const [row] = await db<{ org_id: string; client_id: string }[]>`
    select org_id, client_id from access_scope_nodes where id = ${eventId} and kind = 'event'`;
  return row ? { orgId: row.org_id, clientId: row.client_id } : null;
}

/** A client as this service's scope tree knows it (from events.ClientCreated), or null. */
export async function clientScope(db: Queryable, clientId: string): Promise<{ orgId: string } | null> {
  const [row] = await db<{ org_id: string }[]>`
    select org_id from access_scope_nodes where id = ${clientId} and kind = 'client'`;
  return row ? { orgId: row.org_id } : null;
}

/**
 * The active principals holding one of `roles` over a scope: at the organization, at the scope's
 * client (an event's client from the scope tree) or at the event itself, sorted by id. For
 * notifying the people who may act (Slack DMs to approvers), never for authorizing a request.
 */
export async function holdersOf(
  db: Queryable,
  roles: readonly Role[],
  scope: { orgId: string; clientId?: string | null; eventId?: string | null },
): Promise<string[]> {
  const eventId = scope.eventId ?? null;
  const rows = await db<{ principal_id: string }[]>`
    with target as (
      select coalesce((select client_id from access_scope_nodes
                       where id = ${eventId}::text and kind = 'event' and org_id = ${scope.orgId}),
                      ${scope.clientId ?? null}::text) as client_id)
    select distinct g.principal_id from access_grants g, target t
    where g.org_id = ${scope.orgId} and g.role = any(${roles as Role[]})
      and not exists (select 1 from access_principals p where p.principal_id = g.principal_id and p.deactivated_at is not null)
      and ((g.client_id is null and g.event_id is null)
        or (g.event_id is null and g.client_id = t.client_id)
        or (${eventId}::text is not null and g.event_id = ${eventId}::text))
    order by g.principal_id`;
  return rows.map((r) => r.principal_id);
}
