import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { updateEvent } from '../events/events.commands.ts';

export const updateEventWhenEventUpdated = on<Tx, 'events.EventUpdated'>(
  'update-event-when-event-updated',
  'events.EventUpdated',
  (e, { tx }) => updateEvent(tx, e),
);
