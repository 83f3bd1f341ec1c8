import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { Citation, Slot } from '../domain/output.ts';

export interface InsightRow {
  insight_id: string;
  seq: string;
  org_id: string;
  client_id: string | null;
  event_id: string | null;
  subject_type: 'vendor' | 'client';
  subject_id: string;
  run_id: string;
  title: string;
  figures: Citation[];
  commentary: Slot[];
  published_at: Date;
}

export async function insertInsight(db: Queryable, i: Omit<InsightRow, 'seq' | 'published_at'>): Promise<boolean> {
  const inserted = await db`
    insert into insights (insight_id, org_id, client_id, event_id, subject_type, subject_id, run_id, title, figures, commentary)
    values (${i.insight_id}, ${i.org_id}, ${i.client_id}, ${i.event_id}, ${i.subject_type}, ${i.subject_id}, ${i.run_id},
      ${i.title}, ${db.json(i.figures as never)}, ${db.json(i.commentary as never)})
    on conflict do nothing returning 1`;
  return inserted.length === 1;
}

/** Insights sit at their subject's scope: a vendor's at the organization, a client's at the client. */
export function listReadableInsights(
  db: Queryable,
  reader: Reader,
  f: { subjectType?: string | undefined; subjectId?: string | undefined; afterSeq: string; limit: number },
) {
  return db<InsightRow[]>`
    select r.* from insights r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.subjectType ? db`and r.subject_type = ${f.subjectType}` : db``}
      ${f.subjectId ? db`and r.subject_id = ${f.subjectId}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export const toInsight = (r: InsightRow) => ({
  insightId: r.insight_id,
  orgId: r.org_id,
  clientId: r.client_id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  runId: r.run_id,
  title: r.title,
  figures: r.figures,
  commentary: r.commentary,
  publishedAt: r.published_at.toISOString(),
});
