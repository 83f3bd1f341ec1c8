import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { eventsProjection } from './events-projection.ts';

export const recordEventWhenEventCreated = on<Tx, 'events.EventCreated'>(
  'record-event-when-event-created',
  'events.EventCreated',
  async (e, { tx }) => {
    const p = e.payload;
    await eventsProjection.created(tx, {
      eventId: p.eventId,
      orgId: e.scope.orgId,
      clientId: p.clientId,
      name: p.name,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
    });
  },
);
