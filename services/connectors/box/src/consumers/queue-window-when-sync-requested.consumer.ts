import { queueWindowWhenSyncRequestedFor } from '@playbook/connector-kit/sync-requests';
import { SYSTEM } from '../sync.ts';

/** A window asked of Box is queued; the sync worker fetches it outside the consumer's transaction. */
export const queueWindowWhenSyncRequested = queueWindowWhenSyncRequestedFor(SYSTEM);
