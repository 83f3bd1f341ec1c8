import type { Queryable, Tx } from '@playbook/db/client';
import type { Doc, DocType, Patch } from '../domain/changes.ts';

const nameOf = (db: Queryable, orgId: string, kind: string, id: string | null) =>
  db`(select n.name from names n where n.org_id = ${orgId} and n.kind = ${kind} and n.id = ${id})`;

/**
 * A name and the records carrying it are written by facts of different topics, handled concurrently:
 * the index of one organization is written by one transaction at a time, so whichever commits second
 * sees the other (else a record indexed while its event is created could miss the event's name).
 */
export async function lockOrganization(tx: Tx, orgId: string): Promise<void> {
  const held = locked.get(tx) ?? new Set<string>();
  if (held.has(orgId)) return;
  await tx`select pg_advisory_xact_lock(hashtext(${`search-index:${orgId}`}))`;
  locked.set(tx, held.add(orgId));
}
/** The organizations a transaction (a consumer's batch) locked already: one round trip per batch, not per fact. */
const locked = new WeakMap<Tx, Set<string>>();

/** Inserts or replaces a record, with the current names of its vendor, event and client. */
export async function putDocument(db: Queryable, d: Doc, at: Date): Promise<void> {
  const [clientId, eventId, vendorId] = [d.clientId ?? null, d.eventId ?? null, d.vendorId ?? null];
  await db`
    with doc as (
    insert into documents (doc_type, doc_id, org_id, client_id, event_id, catalog, client_level, title, body, status,
      on_date, vendor_id, vendor_name, event_name, client_name, updated_at)
    values (${d.type}, ${d.id}, ${d.orgId}, ${clientId}, ${eventId}, ${d.catalog ?? false}, ${d.clientLevel ?? false},
      ${d.title}, ${d.body}, ${d.status ?? null}, ${d.onDate ?? null}, ${vendorId},
      coalesce(${nameOf(db, d.orgId, 'vendor', vendorId)}, ${d.vendorName ?? null}),
      ${nameOf(db, d.orgId, 'event', eventId)}, ${nameOf(db, d.orgId, 'client', clientId)}, ${at})
    on conflict (org_id, doc_type, doc_id) do update set
      client_id = excluded.client_id, event_id = excluded.event_id, catalog = excluded.catalog,
      client_level = excluded.client_level, title = excluded.title, body = excluded.body, status = excluded.status,
      on_date = excluded.on_date, vendor_id = excluded.vendor_id, vendor_name = excluded.vendor_name,
      event_name = excluded.event_name, client_name = excluded.client_name, updated_at = excluded.updated_at
    returning search)
    insert into words (word) select distinct l.lexeme from doc, unnest(doc.search) l on conflict do nothing`;
}

/** The record's words join the lexicon typos are corrected against. */
async function rememberWords(db: Queryable, orgId: string, type: DocType, id: string): Promise<void> {
  await db`
    insert into words (word)
    select distinct l.lexeme from documents d, unnest(d.search) l
    where d.org_id = ${orgId} and d.doc_type = ${type} and d.doc_id = ${id}
    on conflict do nothing`;
}

/** Changes the given fields of a record of `orgId`; nothing for a record the index does not hold. */
export async function patchDocument(db: Queryable, orgId: string, type: DocType, id: string, set: Patch, at: Date) {
  await db`
    update documents set title = coalesce(${set.title ?? null}, title), body = coalesce(${set.body ?? null}, body),
      status = coalesce(${set.status ?? null}, status), on_date = coalesce(${set.onDate ?? null}::date, on_date),
      updated_at = ${at}
    where doc_type = ${type} and doc_id = ${id} and org_id = ${orgId}`;
  if (set.title || set.body) await rememberWords(db, orgId, type, id);
}

export async function removeDocument(db: Queryable, orgId: string, type: DocType, id: string): Promise<void> {
  await db`delete from documents where doc_type = ${type} and doc_id = ${id} and org_id = ${orgId}`;
}

/** A client, event or vendor (re)named: the records that mention it are found by the new name. */
export async function rename(
  db: Queryable,
  orgId: string,
  kind: 'client' | 'event' | 'vendor',
  id: string,
  name: string,
) {
  await db`insert into names (kind, id, org_id, name) values (${kind}, ${id}, ${orgId}, ${name})
           on conflict (org_id, kind, id) do update set name = excluded.name`;
  await db`insert into words (word) select distinct l.lexeme from unnest(to_tsvector('simple', ${name})) l
           on conflict do nothing`;
  if (kind === 'vendor')
    await db`update documents set vendor_name = ${name} where org_id = ${orgId} and vendor_id = ${id}`;
  if (kind === 'event')
    await db`update documents set event_name = ${name} where org_id = ${orgId} and event_id = ${id}`;
  if (kind === 'client')
    await db`update documents set client_name = ${name} where org_id = ${orgId} and client_id = ${id}`;
}

/** Empties the index and forgets which facts `consumer` handled, so a replay from offset 0 rebuilds it. */
export async function forgetIndex(db: Queryable, consumer: string): Promise<void> {
  await db`truncate documents, names, words`;
  await db`delete from inbox where consumer = ${consumer}`;
}
