import type { EventType } from '@playbook/bus/envelope';
import type { Subscription } from '@playbook/bus/handler';
import { allEvents } from '@playbook/contracts/catalog';
import type { Tx } from '@playbook/db/client';
import { recordEntry } from '../activity/activity.commands.ts';

/** Every event type of every module → one append-only entry. */
export function recordEveryEvent(): Subscription<Tx> {
  return {
    name: 'record-every-event',
    types: allEvents().map((d) => d.type as EventType),
    handle: (e, { tx }) => recordEntry(tx, e),
  };
}
