import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Tx } from '@playbook/db/client';
import * as store from './events.store.ts';

export const created = (tx: Tx, e: EnvelopeOf<'events.EventCreated'>) =>
  store.upsertEvent(tx, { ...e.payload, orgId: e.scope.orgId });
export const statusChanged = (tx: Tx, e: EnvelopeOf<'events.EventStatusChanged'>) =>
  store.setEventStatus(tx, e.payload.eventId, e.payload.to);
export const cancelled = (tx: Tx, e: EnvelopeOf<'events.EventCancelled'>) =>
  store.setEventStatus(tx, e.payload.eventId, 'cancelled');
