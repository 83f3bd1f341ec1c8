import type { Queryable } from '@playbook/db/client';
import type { UserSource, UserStatus } from '../domain/users.ts';

export interface UserRow {
  seq: string;
  user_id: string;
  org_id: string;
  email: string;
  display_name: string;
  source: UserSource;
  status: UserStatus;
  deactivated_at: Date | null;
  deactivation_reason: string | null;
  created_at: Date;
}

export interface NewUser {
  orgId: string;
  userId: string;
  email: string;
  displayName: string;
  source: UserSource;
}

/** Inserts the user unless its id or its email in the org exists; true when the row is new. */
export async function insertUser(db: Queryable, u: NewUser): Promise<boolean> {
  const rows = await db`
    insert into users (user_id, org_id, email, display_name, source)
    values (${u.userId}, ${u.orgId}, ${u.email}, ${u.displayName}, ${u.source})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

export async function findUser(
  db: Queryable,
  orgId: string,
  userId: string,
  forUpdate = false,
): Promise<UserRow | undefined> {
  const [row] = forUpdate
    ? await db<UserRow[]>`select * from users where org_id = ${orgId} and user_id = ${userId} for update`
    : await db<UserRow[]>`select * from users where org_id = ${orgId} and user_id = ${userId}`;
  return row;
}

export async function markDeactivated(db: Queryable, userId: string, reason: string | null): Promise<void> {
  await db`update users set status = 'deactivated', deactivated_at = now(), deactivation_reason = ${reason} where user_id = ${userId}`;
}

export async function listUsers(
  db: Queryable,
  orgId: string,
  limit: number,
  cursor: string | undefined,
): Promise<UserRow[]> {
  return db<UserRow[]>`
    select * from users where org_id = ${orgId} and seq > ${cursor ?? '0'}
    order by seq limit ${limit + 1}`;
}

export const userView = (row: UserRow) => ({
  userId: row.user_id,
  orgId: row.org_id,
  email: row.email,
  displayName: row.display_name,
  source: row.source,
  status: row.status,
  deactivatedAt: row.deactivated_at?.toISOString() ?? null,
  deactivationReason: row.deactivation_reason,
  createdAt: row.created_at.toISOString(),
});
