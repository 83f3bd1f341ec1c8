import { dayOf, type Mappers, words } from './changes.ts';

/** Heads-ups from the AI orchestrator, at the scope of what they flag, with their answer as status. */
export const aiRecords: Mappers = {
  'ai.HeadsUpRaised': ({ scope, occurredAt, payload: p }) => [
    {
      kind: 'put',
      doc: {
        type: 'heads_up',
        id: p.headsUpId,
        orgId: scope.orgId,
        clientId: p.clientId ?? null,
        eventId: p.eventId ?? null,
        title: p.title,
        body: words('heads-up', p.rule.replaceAll('-', ' '), p.severity, p.subjectType),
        status: 'raised',
        onDate: dayOf(occurredAt),
      },
    },
  ],
  'ai.HeadsUpAccepted': ({ payload: p }) => [
    { kind: 'patch', type: 'heads_up', id: p.headsUpId, set: { status: 'accepted' } },
  ],
  'ai.HeadsUpPushedBack': ({ payload: p }) => [
    { kind: 'patch', type: 'heads_up', id: p.headsUpId, set: { status: 'pushed_back' } },
  ],
  'ai.HeadsUpEscalated': ({ payload: p }) => [
    { kind: 'patch', type: 'heads_up', id: p.headsUpId, set: { status: 'escalated' } },
  ],
};
