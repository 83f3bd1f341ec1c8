import { type Mappers, words } from './changes.ts';

/** Clients and events (the events module). */
export const eventsRecords: Mappers = {
  'events.ClientCreated': (e) => clientChanges(e.scope.orgId, e.payload.clientId, e.payload.name),
  'events.ClientUpdated': (e) => clientChanges(e.scope.orgId, e.payload.clientId, e.payload.name),
  'events.EventCreated': ({ scope, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'event',
        id: p.eventId,
        orgId: scope.orgId,
        clientId: p.clientId,
        eventId: p.eventId,
        title: p.name,
        body: words(p.venue, p.timezone),
        status: p.status,
        onDate: p.startsOn,
      },
    },
    { kind: 'name', what: 'event', id: p.eventId, orgId: scope.orgId, name: words(p.name, p.venue) },
  ],
  'events.EventUpdated': ({ scope, payload: p }) => [
    {
      kind: 'patch',
      type: 'event',
      id: p.eventId,
      set: { title: p.name, body: words(p.venue, p.timezone), onDate: p.startsOn },
    },
    { kind: 'name', what: 'event', id: p.eventId, orgId: scope.orgId, name: words(p.name, p.venue) },
  ],
  'events.EventStatusChanged': ({ payload: p }) => [
    { kind: 'patch', type: 'event', id: p.eventId, set: { status: p.to } },
  ],
  'events.EventCancelled': ({ payload: p }) => [
    { kind: 'patch', type: 'event', id: p.eventId, set: { status: 'cancelled' } },
  ],
};

function clientChanges(
  orgId: string,
  clientId: string,
  name: string,
): ReturnType<NonNullable<Mappers['events.ClientCreated']>> {
  return [
    {
      kind: 'put',
      doc: {
        type: 'client',
        id: clientId,
        orgId,
        clientId,
        eventId: null,
        clientLevel: true,
        title: name,
        body: '',
        status: null,
        onDate: null,
      },
    },
    { kind: 'name', what: 'client', id: clientId, orgId, name },
  ];
}
