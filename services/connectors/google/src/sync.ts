import type { GoogleUser } from '@playbook/contracts/types';
import { publishWindow, publishWindowFailure } from '@playbook/connector-kit/batch';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import type { Tx } from '@playbook/db/client';
import type { GoogleApi } from './google-api.ts';
import { normalizeUser } from './users/users.ts';

export const SYSTEM = 'google';
export const actor = { kind: 'connector' as const, id: SYSTEM, displayName: 'Google Workspace' };
type Fetched = { fetched: number; records: GoogleUser[] };

/**
 * What the sync worker does for Google Workspace: read the directory's users (users.list has no
 * time filter, so a window is a snapshot of the directory as of its fetch, named by the window)
 * and publish them as GoogleUsersFetched. Archived users are skipped.
 */
export function googleSync(api: GoogleApi, customer: string, maxPartBytes?: number): SyncHandlers<Fetched> {
  return {
    async fetch(_r, meter) {
      const users = await api.users(meter);
      return { fetched: users.length, records: users.filter((u) => !u.archived).map(normalizeUser) };
    },
    async publish(uow, tx: Tx, r, f, meter) {
      await publishWindow(uow, tx, {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        type: 'integrations.google.GoogleUsersFetched',
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        filters: { customer, archived: 'false' },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor,
        ...(maxPartBytes ? { maxPartBytes } : {}),
        payload: (users, part, parts) => ({
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          part,
          parts,
          requestId: r.requestId,
          users,
        }),
      });
    },
    publishFailure: (uow, tx: Tx, r, reason) =>
      publishWindowFailure(uow, tx, {
        system: SYSTEM,
        displayName: actor.displayName,
        type: 'integrations.google.GoogleWindowFailed',
        request: r,
        reason,
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        },
      }),
  };
}
