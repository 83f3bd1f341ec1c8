import type { Queryable } from '@playbook/db/client';
import type { ConnectorReport, WindowRef } from '../domain/report.ts';

export type WindowStatus = 'requested' | 'fetched' | 'failed';

export interface WindowRow {
  org_id: string;
  system: string;
  dataset: string;
  window_from: Date;
  window_to: Date;
  seq: string;
  request_id: string;
  attempt: number;
  status: WindowStatus;
  requested_by: string | null;
  requested_kind: string | null;
  requested_at: Date;
  fetched: string | null;
  accepted: string | null;
  skipped: string | null;
  parts: number | null;
  parts_seen: number;
  error: string | null;
  connector_attempts: number | null;
  finished_at: Date | null;
}

export interface WindowKey {
  orgId: string;
  system: string;
  dataset: string;
  from: number;
  to: number;
}

const where = (db: Queryable, k: WindowKey) =>
  db`org_id = ${k.orgId} and system = ${k.system} and dataset = ${k.dataset}
     and window_from = ${new Date(k.from)} and window_to = ${new Date(k.to)}`;

export async function findWindow(db: Queryable, k: WindowKey, lock = false) {
  const [row] = await db<WindowRow[]>`select * from sync_windows where ${where(db, k)} ${lock ? db`for update` : db``}`;
  return row;
}

export interface NewRequest {
  requestId: string;
  attempt: number;
  requestedBy: string;
  requestedKind: string;
}

/** Records a window asked for the first time; undefined when it was asked before (the caller reads that one). */
export async function insertWindow(db: Queryable, k: WindowKey, r: NewRequest) {
  const [row] = await db<WindowRow[]>`
    insert into sync_windows (org_id, system, dataset, window_from, window_to, request_id, attempt, requested_by, requested_kind)
    values (${k.orgId}, ${k.system}, ${k.dataset}, ${new Date(k.from)}, ${new Date(k.to)}, ${r.requestId}, ${r.attempt},
            ${r.requestedBy}, ${r.requestedKind})
    on conflict do nothing returning *`;
  return row;
}

/** A failed window asked again: its next attempt, with a new request id, starts from scratch. */
export async function restartWindow(db: Queryable, k: WindowKey, r: NewRequest) {
  const [row] = await db<WindowRow[]>`
    update sync_windows set request_id = ${r.requestId}, attempt = ${r.attempt}, status = 'requested',
      requested_by = ${r.requestedBy}, requested_kind = ${r.requestedKind}, requested_at = now(), fetched = null,
      accepted = null, skipped = null, parts = null, parts_seen = 0, error = null, connector_attempts = null,
      finished_at = null
    where ${where(db, k)} returning *`;
  return row!;
}

export interface WindowFilter {
  dataset?: string | undefined;
  status?: WindowStatus | undefined;
  /** Windows overlapping [from, to). */
  from?: number | undefined;
  to?: number | undefined;
  afterSeq: string;
  limit: number;
}

export const listWindows = (db: Queryable, orgId: string, system: string, f: WindowFilter) => db<WindowRow[]>`
  select * from sync_windows
  where org_id = ${orgId} and system = ${system} and seq > ${f.afterSeq}
    ${f.dataset ? db`and dataset = ${f.dataset}` : db``}
    ${f.status ? db`and status = ${f.status}` : db``}
    ${f.from !== undefined ? db`and window_to > ${new Date(f.from)}` : db``}
    ${f.to !== undefined ? db`and window_from < ${new Date(f.to)}` : db``}
  order by seq limit ${f.limit + 1}`;

/**
 * A connector's answer about a window: fetched (once every part has come) or failed, with its
 * counts. A window nobody asked through integrations (a SyncWindowRequested published elsewhere)
 * is recorded all the same, so the list shows every window a connector brought.
 */
export async function recordWindowReport(
  db: Queryable,
  orgId: string,
  w: WindowRef & { requestId: string },
  r: ConnectorReport,
) {
  const failed = r.kind === 'window-failed';
  const at = new Date(r.occurredAt);
  const partsSeen = failed ? 0 : 1;
  const status = failed ? 'failed' : r.parts <= 1 ? 'fetched' : 'requested';
  await db`
    insert into sync_windows (org_id, system, dataset, window_from, window_to, request_id, status, fetched, accepted,
      skipped, parts, parts_seen, error, connector_attempts, finished_at)
    values (${orgId}, ${r.system}, ${w.dataset}, ${new Date(w.from)}, ${new Date(w.to)},
      ${w.requestId}, ${status}, ${r.fetched}, ${r.accepted},
      ${r.skipped}, ${r.parts}, ${partsSeen}, ${r.error}, ${r.attempts}, ${status === 'requested' ? null : at})
    on conflict (org_id, system, dataset, window_from, window_to) do update set
      parts_seen = sync_windows.parts_seen + excluded.parts_seen,
      parts = coalesce(excluded.parts, sync_windows.parts),
      fetched = coalesce(excluded.fetched, sync_windows.fetched),
      accepted = coalesce(excluded.accepted, sync_windows.accepted),
      skipped = coalesce(excluded.skipped, sync_windows.skipped),
      error = excluded.error,
      connector_attempts = coalesce(excluded.connector_attempts, sync_windows.connector_attempts),
      status = case
        when ${failed} then 'failed'
        when sync_windows.parts_seen + excluded.parts_seen >= coalesce(excluded.parts, 1) then 'fetched'
        else sync_windows.status end,
      finished_at = case
        when ${failed} or sync_windows.parts_seen + excluded.parts_seen >= coalesce(excluded.parts, 1) then ${at}
        else sync_windows.finished_at end`;
}

export async function scheduleMark(db: Queryable, orgId: string, system: string, dataset: string) {
  const [row] = await db<{ scheduled_to: Date }[]>`
    select scheduled_to from schedule_marks where org_id = ${orgId} and system = ${system} and dataset = ${dataset}
    for update`;
  return row ? row.scheduled_to.getTime() : null;
}

export async function moveScheduleMark(db: Queryable, orgId: string, system: string, dataset: string, to: number) {
  await db`
    insert into schedule_marks (org_id, system, dataset, scheduled_to) values (${orgId}, ${system}, ${dataset}, ${new Date(to)})
    on conflict (org_id, system, dataset) do update set scheduled_to = excluded.scheduled_to`;
}

export const toWindow = (r: WindowRow) => ({
  requestId: r.request_id,
  system: r.system,
  dataset: r.dataset,
  from: r.window_from.toISOString(),
  to: r.window_to.toISOString(),
  attempt: r.attempt,
  status: r.status,
  requestedBy: r.requested_by,
  requestedAt: r.requested_at.toISOString(),
  fetched: r.fetched === null ? null : Number(r.fetched),
  accepted: r.accepted === null ? null : Number(r.accepted),
  skipped: r.skipped === null ? null : Number(r.skipped),
  parts: r.parts,
  partsSeen: r.parts_seen,
  error: r.error,
  finishedAt: r.finished_at ? r.finished_at.toISOString() : null,
});
export type WindowView = ReturnType<typeof toWindow>;
