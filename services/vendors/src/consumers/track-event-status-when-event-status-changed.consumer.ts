import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { eventsProjection } from './events-projection.ts';

/** An event moving to closed stops engagements just like a cancellation does. */
export const trackEventStatusWhenEventStatusChanged = on<Tx, 'events.EventStatusChanged'>(
  'track-event-status-when-event-status-changed',
  'events.EventStatusChanged',
  async (e, { tx }) => eventsProjection.statusChanged(tx, e.payload.eventId, e.payload.to),
);
