import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { recordEvent } from '../projections/projections.store.ts';

export const updateEventWhenEventUpdated = on<Tx, 'events.EventUpdated'>(
  'update-event-when-event-updated',
  'events.EventUpdated',
  (e, { tx }) => recordEvent(tx, { ...e.payload, orgId: e.scope.orgId }),
);
