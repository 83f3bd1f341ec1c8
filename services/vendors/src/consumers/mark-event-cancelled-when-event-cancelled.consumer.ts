import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { eventsProjection } from './events-projection.ts';

export const markEventCancelledWhenEventCancelled = on<Tx, 'events.EventCancelled'>(
  'mark-event-cancelled-when-event-cancelled',
  'events.EventCancelled',
  async (e, { tx }) => eventsProjection.statusChanged(tx, e.payload.eventId, 'cancelled'),
);
