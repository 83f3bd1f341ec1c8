import type { Queryable } from '@playbook/db/client';
import type { Readable } from '../access/readable.ts';

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

export async function listClients(
  db: Queryable,
  orgId: string,
  readable: Readable,
  limit: number,
  cursor: string | undefined,
): Promise<ClientRow[]> {
  return db<ClientRow[]>`
    select * from clients
    where org_id = ${orgId} and seq > ${cursor ?? '0'}
      and (${readable.all} or client_id = any(${readable.clientIds}::text[]))
    order by seq limit ${limit + 1}`;
}

export const clientView = (row: ClientRow) => ({
  clientId: row.client_id,
  orgId: row.org_id,
  name: row.name,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});
