import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { changeEventStatus } from '../events/events.commands.ts';

export const trackEventStatusWhenEventStatusChanged = on<Tx, 'events.EventStatusChanged'>(
  'track-event-status-when-event-status-changed',
  'events.EventStatusChanged',
  (e, { tx }) => changeEventStatus(tx, e.payload.eventId, e.payload.to),
);
