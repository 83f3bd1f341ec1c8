import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Queryable } from '@playbook/db/client';
import { clientOf, type Reader, visible } from '@playbook/service-kit/access';

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
 * Entries `reader` may read, in story order (occurred_at, then recorded sequence), filtered in SQL
 * by the kit's `visible`: an org-wide grant reads the whole organization; a client grant reads that
 * client's entries and its events'; an event grant reads that event's entries only;
 * organization-level entries need an org-wide grant. An event's client comes from the scope tree,
 * or from the entry itself while the tree has not heard of the event (`clientFromTree`: the
 * envelope's scope was written by the publishing module, not a caller); `?clientId=` agrees.
 */
export function visibleEntries(db: Queryable, reader: Reader, f: EntryFilter) {
  const asSeen = { alias: 'e', clientFromTree: true } as const;
  return db<EntryRow[]>`
    select e.* from entries e
    where ${visible(db, reader, asSeen)}
      ${f.correlationId ? db`and e.correlation_id = ${f.correlationId}` : db``}
      ${f.actorId ? db`and e.actor_id = ${f.actorId}` : db``}
      ${f.type ? db`and e.type = ${f.type}` : db``}
      ${f.clientId ? db`and ${clientOf(db, asSeen)} = ${f.clientId}` : db``}
      ${f.eventId ? db`and e.event_id = ${f.eventId}` : db``}
      ${f.from ? db`and e.occurred_at >= ${f.from}` : db``}
      ${f.to ? db`and e.occurred_at < ${f.to}` : db``}
      ${f.afterSeq !== undefined ? db`and (e.occurred_at, e.seq) > (select c.occurred_at, c.seq from entries c where c.seq = ${f.afterSeq})` : db``}
    order by e.occurred_at, e.seq
    limit ${f.limit}`;
}

/** One envelope as an entry; a message recorded already changes nothing. */
export async function insertEntry(db: Queryable, e: AnyEnvelope): Promise<void> {
  await db`
    insert into entries (message_id, type, schema_version, occurred_at, correlation_id, causation_id,
      actor_kind, actor_id, actor_display_name, producer_module, producer_connector, producer_version,
      org_id, client_id, event_id, counts, rules, diagnostics, payload)
    values (${e.messageId}, ${e.type}, ${e.schemaVersion}, ${new Date(e.occurredAt)}, ${e.correlationId}, ${e.causationId ?? null},
      ${e.actor.kind}, ${e.actor.id}, ${e.actor.displayName ?? null}, ${e.producer.module}, ${e.producer.connector ?? null}, ${e.producer.version},
      ${e.scope.orgId}, ${e.scope.clientId ?? null}, ${e.scope.eventId ?? null},
      ${db.json(e.counts as never)}, ${db.json(e.rules as never)}, ${db.json(e.diagnostics as never)}, ${db.json(e.payload as never)})
    on conflict (message_id) do nothing`;
}

export async function findEntry(db: Queryable, messageId: string): Promise<EntryRow | undefined> {
  const [row] = await db<EntryRow[]>`select * from entries where message_id = ${messageId}`;
  return row;
}
