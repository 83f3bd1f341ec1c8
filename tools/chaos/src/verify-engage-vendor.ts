import type postgres from 'postgres';
import { type Effects, tally } from './effects.ts';

/**
 * Flow 1, from the modules' own databases: every accepted engagement has exactly one PO in spend, and
 * that PO exactly one approval request in approvals.
 */
export async function engageVendorEffects(
  db: postgres.Sql,
  schemaOf: (m: string) => string,
  accepted: string[],
): Promise<Effects> {
  const pos = await db.unsafe<{ engagement_id: string; purchase_order_id: string }[]>(
    `select engagement_id, purchase_order_id from "${schemaOf('spend')}".purchase_orders where engagement_id = any($1)`,
    [accepted],
  );
  const approvals = await db.unsafe<{ subject_id: string; n: number }[]>(
    `select subject_id, count(*)::int as n from "${schemaOf('approvals')}".approval_requests where subject_id = any($1) group by 1`,
    [pos.map((p) => p.purchase_order_id)],
  );
  const approvalsOf = new Map(approvals.map((a) => [a.subject_id, a.n]));
  const posOf = new Map<string, string[]>();
  for (const p of pos) posOf.set(p.engagement_id, [...(posOf.get(p.engagement_id) ?? []), p.purchase_order_id]);
  return tally(accepted, (id) => {
    const found = posOf.get(id) ?? [];
    const requests = found.map((po) => approvalsOf.get(po) ?? 0);
    if (found.length === 0 || requests.some((n) => n === 0)) return 'lost';
    return found.length > 1 || requests.some((n) => n > 1) ? 'doubled' : 'exact';
  });
}
