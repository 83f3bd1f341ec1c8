import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { Citation, Slot } from '../domain/output.ts';

export type HeadsUpStatus = 'raised' | 'accepted' | 'pushed_back' | 'escalated';

export interface HeadsUpRow {
  heads_up_id: string;
  seq: string;
  org_id: string;
  client_id: string | null;
  event_id: string | null;
  rule: string;
  subject_type: string;
  subject_id: string;
  window_key: string;
  severity: string;
  title: string;
  citations: Citation[];
  records: { recordType: string; recordId: string }[];
  commentary: Slot[];
  run_id: string;
  status: HeadsUpStatus;
  raised_at: Date;
  responded_by: string | null;
  responded_at: Date | null;
  response_note: string | null;
  correlation_id: string;
}

export type NewHeadsUp = Omit<
  HeadsUpRow,
  'seq' | 'raised_at' | 'status' | 'responded_by' | 'responded_at' | 'response_note'
>;

/** Inserts a raised heads-up; false when its id (rule + subject + window) exists already. */
export async function insertHeadsUp(db: Queryable, h: NewHeadsUp): Promise<boolean> {
  const inserted = await db`
    insert into heads_ups (heads_up_id, org_id, client_id, event_id, rule, subject_type, subject_id, window_key,
      severity, title, citations, records, commentary, run_id, status, correlation_id)
    values (${h.heads_up_id}, ${h.org_id}, ${h.client_id}, ${h.event_id}, ${h.rule}, ${h.subject_type}, ${h.subject_id},
      ${h.window_key}, ${h.severity}, ${h.title}, ${db.json(h.citations as never)}, ${db.json(h.records as never)},
      ${db.json(h.commentary as never)},
      ${h.run_id}, 'raised', ${h.correlation_id})
    on conflict do nothing returning 1`;
  return inserted.length === 1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findHeadsUp(db: Queryable, id: string, lock = false): Promise<HeadsUpRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = lock
    ? await db<HeadsUpRow[]>`select * from heads_ups where heads_up_id = ${id} for update`
    : await db<HeadsUpRow[]>`select * from heads_ups where heads_up_id = ${id}`;
  return row;
}

export async function recordResponse(
  db: Queryable,
  id: string,
  r: { status: HeadsUpStatus; by: string; note: string | null },
): Promise<void> {
  await db`update heads_ups set status = ${r.status}, responded_by = ${r.by}, responded_at = now(),
             response_note = ${r.note} where heads_up_id = ${id}`;
}

export function listReadableHeadsUps(
  db: Queryable,
  reader: Reader,
  f: {
    eventId?: string | undefined;
    status?: HeadsUpStatus | undefined;
    rule?: string | undefined;
    afterSeq: string;
    limit: number;
  },
) {
  return db<HeadsUpRow[]>`
    select r.* from heads_ups r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
      ${f.rule ? db`and r.rule = ${f.rule}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

export const toHeadsUp = (r: HeadsUpRow) => ({
  headsUpId: r.heads_up_id,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  rule: r.rule,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  window: r.window_key,
  severity: r.severity,
  title: r.title,
  citations: r.citations,
  records: r.records,
  commentary: r.commentary,
  runId: r.run_id,
  status: r.status,
  raisedAt: r.raised_at.toISOString(),
  respondedBy: r.responded_by,
  respondedAt: r.responded_at?.toISOString() ?? null,
  responseNote: r.response_note,
  correlationId: r.correlation_id,
});
