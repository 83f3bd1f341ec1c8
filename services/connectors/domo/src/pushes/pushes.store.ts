import type { Queryable } from '@playbook/db/client';

export async function datasetOf(db: Queryable, orgId: string) {
  const [row] = await db<{ dataset_id: string | null; failures: number }[]>`
    select dataset_id, failures from domo_datasets where org_id = ${orgId}`;
  return row;
}

/** After a push: the DataSet, no failures, and each budget pushed up to the version read (not later changes). */
export async function recordPush(
  db: Queryable,
  p: { pushId: string; orgId: string; datasetId: string; name: string; rows: number; events: number },
  versions: { budgetId: string; version: number }[],
) {
  await db`
    insert into domo_datasets (org_id, dataset_id, name, last_pushed_at) values (${p.orgId}, ${p.datasetId}, ${p.name}, now())
    on conflict (org_id) do update set dataset_id = excluded.dataset_id, name = excluded.name, failures = 0,
      last_error = null, next_attempt_at = now(), last_pushed_at = now()`;
  for (const v of versions)
    await db`update domo_budgets set pushed_version = greatest(pushed_version, ${v.version})
             where budget_id = ${v.budgetId}`;
  await db`insert into domo_pushes (push_id, org_id, dataset_id, rows, events)
           values (${p.pushId}, ${p.orgId}, ${p.datasetId}, ${p.rows}, ${p.events}) on conflict do nothing`;
}

/** A push that failed its retries: the organization waits `delayMs` before the next try. */
export async function recordFailure(db: Queryable, orgId: string, name: string, delayMs: number, error: string) {
  await db`
    insert into domo_datasets (org_id, name, failures, next_attempt_at, last_error)
    values (${orgId}, ${name}, 1, now() + ${delayMs} * interval '1 millisecond', ${error})
    on conflict (org_id) do update set failures = domo_datasets.failures + 1, last_error = excluded.last_error,
      next_attempt_at = excluded.next_attempt_at`;
}
