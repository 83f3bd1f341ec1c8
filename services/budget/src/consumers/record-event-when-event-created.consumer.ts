import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { recordEvent } from '../events/events.commands.ts';

export const recordEventWhenEventCreated = on<Tx, 'events.EventCreated'>(
  'record-event-when-event-created',
  'events.EventCreated',
  (e, { tx }) => recordEvent(tx, { ...e.payload, orgId: e.scope.orgId }),
);
