import type { Queryable } from '@playbook/db/client';

export async function upsertUser(db: Queryable, u: { userId: string; orgId: string; email: string }) {
  await db`insert into slack_users (user_id, org_id, email) values (${u.userId}, ${u.orgId}, ${u.email})
           on conflict (user_id) do update set email = excluded.email`;
}

export async function emailsOf(db: Queryable, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db<{ user_id: string; email: string }[]>`
    select user_id, email from slack_users where user_id = any(${userIds})`;
  return new Map(rows.map((r) => [r.user_id, r.email]));
}
