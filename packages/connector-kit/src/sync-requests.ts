import type { Actor } from '@playbook/bus/envelope';
import { on } from '@playbook/bus/handler';
import type { Queryable, Tx } from '@playbook/db/client';

/**
 * The queue of windows a connector was asked to fetch (from integrations.SyncWindowRequested).
 * A connector adds this migration to its own; the consumer queues, the sync worker fetches outside
 * any transaction and publishes in one.
 */
export const syncRequestsMigration = {
  id: '0001_sync_requests',
  sql: `
create table sync_requests (
  request_id      text primary key,
  org_id          text not null,
  dataset         text not null,
  window_from     timestamptz not null,
  window_to       timestamptz not null,
  correlation_id  text not null,
  causation_id    text,
  actor           jsonb not null,
  status          text not null default 'pending' check (status in ('pending', 'done', 'failed')),
  attempts        int not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error      text,
  created_at      timestamptz not null default now(),
  done_at         timestamptz
);
create index sync_requests_due on sync_requests (next_attempt_at) where status = 'pending';`,
};

export interface SyncRequest {
  requestId: string;
  orgId: string;
  dataset: string;
  from: number;
  to: number;
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  attempts: number;
}

export async function queueSyncRequest(db: Queryable, r: Omit<SyncRequest, 'attempts'>): Promise<boolean> {
  const rows = await db`
    insert into sync_requests (request_id, org_id, dataset, window_from, window_to, correlation_id, causation_id, actor)
    values (${r.requestId}, ${r.orgId}, ${r.dataset}, ${new Date(r.from)}, ${new Date(r.to)}, ${r.correlationId},
            ${r.causationId}, ${db.json(r.actor as never)})
    on conflict do nothing returning 1`;
  return rows.length === 1;
}

type Row = {
  request_id: string;
  org_id: string;
  dataset: string;
  window_from: Date;
  window_to: Date;
  correlation_id: string;
  causation_id: string | null;
  actor: Actor;
  attempts: number;
};

/** Leases the oldest due request for `leaseMs` (attempts + 1); nobody else takes it meanwhile. */
export async function claimSyncRequest(db: Queryable, leaseMs: number): Promise<SyncRequest | undefined> {
  const [row] = await db<Row[]>`
    update sync_requests set attempts = attempts + 1, next_attempt_at = now() + ${leaseMs} * interval '1 millisecond'
    where request_id = (select request_id from sync_requests where status = 'pending' and next_attempt_at <= now()
                        order by created_at limit 1 for update skip locked)
    returning *`;
  if (!row) return undefined;
  return {
    requestId: row.request_id,
    orgId: row.org_id,
    dataset: row.dataset,
    from: row.window_from.getTime(),
    to: row.window_to.getTime(),
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    actor: row.actor,
    attempts: row.attempts,
  };
}

export async function finishSyncRequest(db: Queryable, requestId: string, status: 'done' | 'failed', error?: string) {
  await db`update sync_requests set status = ${status}, done_at = now(), last_error = ${error ?? null}
           where request_id = ${requestId}`;
}

export async function retrySyncRequestLater(db: Queryable, requestId: string, delayMs: number, error: string) {
  await db`update sync_requests set last_error = ${error},
             next_attempt_at = now() + ${delayMs} * interval '1 millisecond' where request_id = ${requestId}`;
}

export async function syncRequestStatus(db: Queryable, requestId: string) {
  const [row] = await db<{ status: string; attempts: number; last_error: string | null }[]>`
    select status, attempts, last_error from sync_requests where request_id = ${requestId}`;
  return row;
}

/**
 * The consumer every inbound connector has: `integrations.SyncWindowRequested` for `system` is
 * queued (the sync worker fetches it outside the consumer's transaction); other systems' requests
 * are ignored. Its name is the inbox key: `queue-window-when-sync-requested`.
 */
export function queueWindowWhenSyncRequestedFor(system: string) {
  return on<Tx, 'integrations.SyncWindowRequested'>(
    'queue-window-when-sync-requested',
    'integrations.SyncWindowRequested',
    async (e, { tx }) => {
      const p = e.payload;
      if (p.system !== system) return;
      await queueSyncRequest(tx, {
        requestId: p.requestId,
        orgId: e.scope.orgId,
        dataset: p.dataset,
        from: p.windowFrom,
        to: p.windowTo,
        correlationId: e.correlationId,
        causationId: e.messageId,
        actor: e.actor,
      });
    },
  );
}
