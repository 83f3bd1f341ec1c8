import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { changeEventStatus } from '../events/events.commands.ts';

export const markEventCancelledWhenEventCancelled = on<Tx, 'events.EventCancelled'>(
  'mark-event-cancelled-when-event-cancelled',
  'events.EventCancelled',
  (e, { tx }) => changeEventStatus(tx, e.payload.eventId, 'cancelled'),
);
