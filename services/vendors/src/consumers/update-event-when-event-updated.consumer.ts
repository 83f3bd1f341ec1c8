import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { eventsProjection } from './events-projection.ts';

export const updateEventWhenEventUpdated = on<Tx, 'events.EventUpdated'>(
  'update-event-when-event-updated',
  'events.EventUpdated',
  async (e, { tx }) => {
    const p = e.payload;
    await eventsProjection.updated(tx, {
      eventId: p.eventId,
      orgId: e.scope.orgId,
      clientId: p.clientId,
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
    });
  },
);
