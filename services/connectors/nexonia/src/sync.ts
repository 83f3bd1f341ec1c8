import type { NexoniaExpenseReport } from '@playbook/contracts/types';
import { publishWindow, publishWindowFailure } from '@playbook/connector-kit/batch';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import type { Tx } from '@playbook/db/client';
import type { nexoniaApi } from './nexonia-api.ts';
import { ACCEPTED_STATUSES, acceptWindow } from './reports.ts';

export const SYSTEM = 'nexonia';
const DISPLAY_NAME = 'Nexonia';
const actor = { kind: 'connector' as const, id: SYSTEM, displayName: DISPLAY_NAME };
type Fetched = { fetched: number; records: NexoniaExpenseReport[] };

/** What the sync worker does for Nexonia: fetch a window of expense reports, publish it as NexoniaExpenseReportsFetched. */
export function nexoniaSync(api: ReturnType<typeof nexoniaApi>, maxPartBytes?: number): SyncHandlers<Fetched> {
  return {
    fetch: async (r, meter) => acceptWindow(await api.expenseReports({ from: r.from, to: r.to }, meter)),
    async publish(uow, tx: Tx, r, f, meter) {
      await publishWindow(uow, tx, {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        type: 'integrations.nexonia.NexoniaExpenseReportsFetched',
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        filters: { status: ACCEPTED_STATUSES.join(','), windowOn: 'submittedDate' },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor,
        ...(maxPartBytes ? { maxPartBytes } : {}),
        payload: (reports, part, parts) => ({
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          part,
          parts,
          requestId: r.requestId,
          reports,
        }),
      });
    },
    publishFailure: (uow, tx: Tx, r, reason) =>
      publishWindowFailure(uow, tx, {
        system: SYSTEM,
        displayName: DISPLAY_NAME,
        type: 'integrations.nexonia.NexoniaWindowFailed',
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
