import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Tx } from '@playbook/db/client';
import { insertEntry } from './activity.store.ts';

/**
 * Records one envelope in the trail, as it came. Append-only and once per message: a duplicate
 * delivery is discarded by the inbox, and a second copy under another consumer name still hits
 * the primary key (nothing changes). Publishes nothing: the trail is the end of every flow.
 */
export async function recordEntry(tx: Tx, e: AnyEnvelope): Promise<void> {
  await insertEntry(tx, e);
}
