import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';

export interface ClientRow {
  seq: string;
  client_id: string;
  org_id: string;
  name: string;
  created_at: Date;
  updated_at: Date;
}

export async function insertClient(
  db: Queryable,
  c: { clientId: string; orgId: string; name: string },
): Promise<boolean> {
  const rows = await db`insert into clients (client_id, org_id, name) values (${c.clientId}, ${c.orgId}, ${c.name})
                        on conflict do nothing returning 1`;
  return rows.length === 1;
}

/** Renames unless another client of the org has that name; false on such a clash. */
export async function renameClient(db: Queryable, clientId: string, name: string): Promise<boolean> {
  const rows = await db`
    update clients set name = ${name}, updated_at = now() where client_id = ${clientId}
      and not exists (select 1 from clients o where o.org_id = clients.org_id and lower(o.name) = lower(${name}) and o.client_id <> ${clientId})
    returning 1`;
  return rows.length === 1;
}

export async function findClient(db: Queryable, orgId: string, clientId: string): Promise<ClientRow | undefined> {
  const [row] = await db<ClientRow[]>`select * from clients where org_id = ${orgId} and client_id = ${clientId}`;
  return row;
}

/**
 * The page after `afterSeq` (limit + 1 rows, for toPage) of the clients `reader` may read: through a
 * grant at the organization, at the client, or at one of the client's events.
 */
export function listReadable(db: Queryable, reader: Reader, page: { limit: number; afterSeq: string }) {
  return db<ClientRow[]>`
    select r.* from clients r
    where ${readable(db, reader)} and r.seq > ${page.afterSeq}
    order by r.seq limit ${page.limit + 1}`;
}

/** Whether `reader` may read the client, by the same rule as the list. */
export async function isReadable(db: Queryable, reader: Reader, clientId: string): Promise<boolean> {
  const rows = await db`select 1 from clients r where r.client_id = ${clientId} and ${readable(db, reader)}`;
  return rows.length > 0;
}

const readable = (db: Queryable, reader: Reader) =>
  visible(db, reader, { eventId: null, clientThroughEventGrants: true });

export const clientView = (row: ClientRow) => ({
  clientId: row.client_id,
  orgId: row.org_id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** The organization's client of that name, in any case (names are unique per organization that way). */
export async function findClientByName(db: Queryable, orgId: string, name: string): Promise<ClientRow | undefined> {
  const [row] = await db<ClientRow[]>`select * from clients where org_id = ${orgId} and lower(name) = lower(${name})`;
  return row;
}
