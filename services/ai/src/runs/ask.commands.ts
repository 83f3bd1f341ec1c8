import type { Queryable } from '@playbook/db/client';
import { notFound } from '@playbook/service-kit/problem';
import { eventScopeOf } from './runs.store.ts';

/** Where an ask sits: a vendor at the organization, a client at the client, an event at its client and event. */
export async function askScope(
  db: Queryable,
  orgId: string,
  subjectType: 'vendor' | 'client' | 'event',
  subjectId: string,
): Promise<{ clientId?: string; eventId?: string }> {
  if (subjectType === 'vendor') return {};
  if (subjectType === 'client') return { clientId: subjectId };
  const event = await eventScopeOf(db, orgId, subjectId);
  if (!event) throw notFound('The event', 'AI.SUBJECT_NOT_FOUND');
  return { clientId: event.client_id, eventId: subjectId };
}
