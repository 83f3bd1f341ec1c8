import type { Tx } from '@playbook/db/client';
import { insertEvent } from './events.store.ts';

/** Keeps budget's copy of an event (its client and dates); a replayed EventCreated changes nothing. */
export async function recordEvent(
  tx: Tx,
  e: { eventId: string; orgId: string; clientId: string; name: string; startsOn: string; endsOn: string },
): Promise<void> {
  await insertEvent(tx, e);
}
