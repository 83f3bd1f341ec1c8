import type { Queryable } from '@playbook/db/client';
import type { WorkItemRow } from './work-items.store.ts';

/**
 * The next open item whose due date has ended in its own timezone at `now` and that was not yet
 * flagged for that due date, locked so instances side by side never flag it twice.
 */
export async function nextOverdue(db: Queryable, now: Date): Promise<WorkItemRow | undefined> {
  const [row] = await db<WorkItemRow[]>`
    select r.*, r.due_on::text as due_on_text from work_items r
    where r.status <> 'done' and r.due_on is not null and r.overdue_for is distinct from r.due_on
      and ((r.due_on + 1)::timestamp at time zone r.timezone) <= ${now}
    order by r.due_on, r.seq limit 1 for update skip locked`;
  return row;
}

export async function markOverdue(db: Queryable, workItemId: string, dueOn: string): Promise<void> {
  await db`update work_items set overdue_for = ${dueOn} where work_item_id = ${workItemId}`;
}
