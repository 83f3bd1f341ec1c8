import type { RampTransaction } from '@playbook/contracts/types';
import { publishWindow, windowKey } from '@playbook/connector-kit/batch';
import type { SyncHandlers } from '@playbook/connector-kit/sync-worker';
import { windowMessageId } from '@playbook/connector-kit/window';
import type { Tx } from '@playbook/db/client';
import { ACCEPTED_STATES, acceptWindow } from './transactions.ts';
import type { rampApi } from './ramp-api.ts';

export const SYSTEM = 'ramp';
type Fetched = { fetched: number; records: RampTransaction[] };

/** What the sync worker does for Ramp: fetch a window of transactions, publish it as RampTransactionsFetched. */
export function rampSync(api: ReturnType<typeof rampApi>, maxPartBytes?: number): SyncHandlers<Fetched> {
  return {
    fetch: async (r, meter) => acceptWindow(await api.transactions({ from: r.from, to: r.to }, meter)),
    async publish(uow, tx: Tx, r, f, meter) {
      await publishWindow(uow, tx, {
        system: SYSTEM,
        dataset: r.dataset,
        window: { from: r.from, to: r.to },
        type: 'integrations.ramp.RampTransactionsFetched',
        // A charge is imported once and never updated from a later window: windows need no order.
        key: windowKey(SYSTEM, r.dataset, { from: r.from, to: r.to }),
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        filters: { state: ACCEPTED_STATES.join(',') },
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor: { kind: 'connector', id: SYSTEM, displayName: 'Ramp' },
        ...(maxPartBytes ? { maxPartBytes } : {}),
        payload: (transactions, part, parts) => ({
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          part,
          parts,
          requestId: r.requestId,
          transactions,
        }),
      });
    },
    async publishFailure(uow, tx: Tx, r, reason) {
      const publisher = uow.publisher(tx, {
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor: { kind: 'connector', id: SYSTEM, displayName: 'Ramp' },
        messageIdFor: () => windowMessageId(SYSTEM, `${r.dataset}:failed:${r.requestId}`, r),
      });
      await publisher.publish({
        type: 'integrations.ramp.RampWindowFailed',
        key: `${SYSTEM}:${r.dataset}`,
        scope: { orgId: r.orgId },
        counts: { affected: 0, attempts: r.attempts },
        rules: [
          {
            name: 'ramp.window',
            parameters: { from: new Date(r.from).toISOString(), to: new Date(r.to).toISOString() },
          },
        ],
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        },
      });
    },
  };
}
