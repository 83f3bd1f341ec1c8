import { on } from '@playbook/bus/handler';
import { queueSyncRequest } from '@playbook/connector-kit/sync-requests';
import type { Tx } from '@playbook/db/client';
import { SYSTEM } from '../sync.ts';

/** A window asked of Box is queued; the sync worker fetches it outside the consumer's transaction. */
export const queueWindowWhenSyncRequested = on<Tx, 'integrations.SyncWindowRequested'>(
  'queue-window-when-sync-requested',
  'integrations.SyncWindowRequested',
  async (e, { tx }) => {
    const p = e.payload;
    if (p.system !== SYSTEM) return;
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
