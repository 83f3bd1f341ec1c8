import type { Queryable } from '@playbook/db/client';
import type { Role } from '@playbook/service-kit/permissions';

export interface GrantRow {
  seq: string;
  grant_id: string;
  org_id: string;
  user_id: string;
  role: Role;
  client_id: string | null;
  event_id: string | null;
  granted_at: Date;
}

export interface NewGrant {
  grantId: string;
  orgId: string;
  userId: string;
  role: Role;
  clientId: string | null;
  eventId: string | null;
}

/** Inserts the grant unless its id, or the same role on the same scope for the user, exists. */
export async function insertGrant(db: Queryable, g: NewGrant): Promise<boolean> {
  const rows = await db`
    insert into grants (grant_id, org_id, user_id, role, client_id, event_id)
    values (${g.grantId}, ${g.orgId}, ${g.userId}, ${g.role}, ${g.clientId}, ${g.eventId})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

export async function findGrant(db: Queryable, orgId: string, grantId: string): Promise<GrantRow | undefined> {
  const [row] = await db<GrantRow[]>`select * from grants where org_id = ${orgId} and grant_id = ${grantId} for update`;
  return row;
}

export async function deleteGrant(db: Queryable, grantId: string): Promise<void> {
  await db`delete from grants where grant_id = ${grantId}`;
}

export async function listGrants(
  db: Queryable,
  orgId: string,
  userId: string | undefined,
  limit: number,
  cursor: string | undefined,
): Promise<GrantRow[]> {
  return db<GrantRow[]>`
    select * from grants
    where org_id = ${orgId} and seq > ${cursor ?? '0'} ${userId ? db`and user_id = ${userId}` : db``}
    order by seq limit ${limit + 1}`;
}

export const grantView = (row: GrantRow) => ({
  grantId: row.grant_id,
  userId: row.user_id,
  role: row.role,
  clientId: row.client_id,
  eventId: row.event_id,
  grantedAt: row.granted_at.toISOString(),
});
