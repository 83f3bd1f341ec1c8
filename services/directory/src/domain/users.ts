/** Plain rules about users and grants: no HTTP, Kafka or SQL here. */
export const USER_SOURCES = ['invited', 'google-workspace'] as const;
export type UserSource = (typeof USER_SOURCES)[number];
export type UserStatus = 'active' | 'deactivated';

/** Emails are unique per organization regardless of case or surrounding spaces. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** What the local scope tree knows about an event a grant names (null when not heard of yet). */
export interface KnownEvent {
  orgId: string;
  clientId: string;
}

export type GrantScope = { clientId: string | null; eventId: string | null };
export type GrantScopeResult =
  | { ok: true; scope: GrantScope }
  | { ok: false; reason: 'CLIENT_REQUIRED' | 'SCOPE_MISMATCH' | 'SCOPE_NOT_FOUND'; detail: string };

/**
 * Where a grant sits. An event grant always records its client: taken from the scope tree when the
 * event is known there, else it must come with the request (the tree may lag behind the bus).
 * A client given for a known event must be that event's client, and the event must be in this org.
 */
export function resolveGrantScope(
  orgId: string,
  requested: { clientId?: string | undefined; eventId?: string | undefined },
  known: KnownEvent | null,
): GrantScopeResult {
  const clientId = requested.clientId ?? null;
  const eventId = requested.eventId ?? null;
  if (!eventId) return { ok: true, scope: { clientId, eventId: null } };
  if (known) {
    if (known.orgId !== orgId)
      return { ok: false, reason: 'SCOPE_NOT_FOUND', detail: `Event ${eventId} is not in this organization.` };
    if (clientId && clientId !== known.clientId) {
      return {
        ok: false,
        reason: 'SCOPE_MISMATCH',
        detail: `Event ${eventId} belongs to client ${known.clientId}, not ${clientId}.`,
      };
    }
    return { ok: true, scope: { clientId: known.clientId, eventId } };
  }
  if (!clientId) {
    return {
      ok: false,
      reason: 'CLIENT_REQUIRED',
      detail: `Event ${eventId} is not known here yet: give its clientId with the grant.`,
    };
  }
  return { ok: true, scope: { clientId, eventId } };
}
