import { rolesGranting } from '@playbook/service-kit/permissions';
import type { Queryable } from '@playbook/db/client';

export interface EntryRow {
  message_id: string;
  seq: string;
  type: string;
  schema_version: number;
  occurred_at: Date;
  recorded_at: Date;
  correlation_id: string;
  causation_id: string | null;
  actor_kind: string;
  actor_id: string;
  actor_display_name: string | null;
  producer_module: string;
  producer_connector: string | null;
  producer_version: string;
  org_id: string;
  client_id: string | null;
  event_id: string | null;
  counts: Record<string, number>;
  rules: unknown[];
  diagnostics: Record<string, number | null>;
  payload: unknown;
}

export function toView(r: EntryRow) {
  return {
    messageId: r.message_id,
    sequence: Number(r.seq),
    type: r.type,
    schemaVersion: r.schema_version,
    occurredAt: r.occurred_at.toISOString(),
    recordedAt: r.recorded_at.toISOString(),
    correlationId: r.correlation_id,
    causationId: r.causation_id,
    actor: { kind: r.actor_kind, id: r.actor_id, displayName: r.actor_display_name },
    producer: { module: r.producer_module, connector: r.producer_connector, version: r.producer_version },
    scope: { orgId: r.org_id, clientId: r.client_id, eventId: r.event_id },
    counts: r.counts,
    rules: r.rules,
    diagnostics: r.diagnostics,
    payload: r.payload,
  };
}

export interface EntryFilter {
  correlationId?: string | undefined;
  actorId?: string | undefined;
  type?: string | undefined;
  clientId?: string | undefined;
  eventId?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** The `seq` of the last entry of the previous page. */
  afterSeq?: number | undefined;
  limit: number;
}

/**
 * Entries `principal` may read, in story order (occurred_at, then recorded sequence), filtered in
 * SQL against this service's projection of grants and of the scope tree: an org-wide grant reads
 * the whole organization; a client grant reads that client's entries and its events'; an event
 * grant reads that event's entries only; organization-level entries need an org-wide grant.
 * An event's client comes from the scope tree, or from the entry itself while the tree has not
 * heard of the event (the envelope's scope was written by the publishing module, not a caller).
 */
export function visibleEntries(db: Queryable, principal: { id: string; orgId: string }, f: EntryFilter) {
  const readers = rolesGranting('records.read', 'event');
  return db<EntryRow[]>`
    select e.* from entries e
    left join access_scope_nodes n on n.id = e.event_id and n.kind = 'event' and n.org_id = e.org_id
    where e.org_id = ${principal.orgId}
      and not exists (select 1 from access_principals p where p.principal_id = ${principal.id} and p.deactivated_at is not null)
      and exists (
        select 1 from access_grants g
        where g.principal_id = ${principal.id} and g.org_id = e.org_id and g.role = any(${readers})
          and ((g.client_id is null and g.event_id is null)
            or (e.event_id is null and g.event_id is null and g.client_id = e.client_id)
            or (e.event_id is not null and g.event_id is null and g.client_id = coalesce(n.client_id, e.client_id))
            or (e.event_id is not null and g.event_id = e.event_id)))
      ${f.correlationId ? db`and e.correlation_id = ${f.correlationId}` : db``}
      ${f.actorId ? db`and e.actor_id = ${f.actorId}` : db``}
      ${f.type ? db`and e.type = ${f.type}` : db``}
      ${f.clientId ? db`and coalesce(n.client_id, e.client_id) = ${f.clientId}` : db``}
      ${f.eventId ? db`and e.event_id = ${f.eventId}` : db``}
      ${f.from ? db`and e.occurred_at >= ${f.from}` : db``}
      ${f.to ? db`and e.occurred_at < ${f.to}` : db``}
      ${f.afterSeq !== undefined ? db`and (e.occurred_at, e.seq) > (select c.occurred_at, c.seq from entries c where c.seq = ${f.afterSeq})` : db``}
    order by e.occurred_at, e.seq
    limit ${f.limit}`;
}

export async function findEntry(db: Queryable, messageId: string): Promise<EntryRow | undefined> {
  const [row] = await db<EntryRow[]>`select * from entries where message_id = ${messageId}`;
  return row;
}
