import type postgres from 'postgres';

/**
 * Where lost work stopped, for the report of a broken run: each module's outbox rows not yet
 * published (a relay that stopped relaying), and flow 1's lost engagements by the step they lack
 * (recorded by vendors, a purchase order in spend, an approval request in approvals).
 */
export async function whereLostWorkStopped(
  db: postgres.Sql,
  schemaOf: (m: string) => string,
  modules: readonly string[],
  lostEngagements: readonly string[],
): Promise<string[]> {
  const lines: string[] = [];
  const unpublished: string[] = [];
  for (const name of modules) {
    const [row] = await db
      .unsafe<{ n: number; oldest: string | null }[]>(
        `select count(*)::int as n, min(created_at)::text as oldest from "${schemaOf(name)}".outbox where published_at is null`,
      )
      .catch(() => [{ n: -1, oldest: null }]);
    if (row && row.n !== 0) unpublished.push(`${name} ${row.n < 0 ? '?' : row.n} (oldest ${row.oldest ?? '-'})`);
  }
  lines.push(`unpublished outbox rows: ${unpublished.join(', ') || 'none'}`);
  if (lostEngagements.length > 0) {
    const ids = [...lostEngagements];
    const [recorded] = await db.unsafe<{ n: number }[]>(
      `select count(*)::int as n from "${schemaOf('vendors')}".engagements where engagement_id::text = any($1)`,
      [ids],
    );
    const pos = await db.unsafe<{ purchase_order_id: string }[]>(
      `select purchase_order_id from "${schemaOf('spend')}".purchase_orders where engagement_id = any($1)`,
      [ids],
    );
    const [approved] = await db.unsafe<{ n: number }[]>(
      `select count(distinct subject_id)::int as n from "${schemaOf('approvals')}".approval_requests where subject_id = any($1)`,
      [pos.map((p) => p.purchase_order_id)],
    );
    lines.push(
      `flow 1 lost ${ids.length}: ${recorded?.n ?? 0} recorded by vendors, ${pos.length} with a purchase order, ${approved?.n ?? 0} of those with an approval request`,
    );
  }
  return lines;
}
