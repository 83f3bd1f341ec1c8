import type { Queryable } from '@playbook/db/client';
import type { Role, ScopeKind } from './permissions.ts';

export interface ScopeRef {
  orgId: string;
  clientId?: string | null | undefined;
  eventId?: string | null | undefined;
}

export interface GrantRecord {
  grantId: string;
  principalId: string;
  role: Role;
  scope: ScopeRef;
}

/**
 * Writes to this service's projection of the scope tree and of grants. Directory and events
 * consumers call these (and tests, to arrange a world); every write is an idempotent upsert.
 */
export const accessProjection = {
  async recordClient(db: Queryable, orgId: string, clientId: string) {
    await db`insert into access_scope_nodes (id, kind, org_id) values (${clientId}, 'client', ${orgId})
             on conflict (id) do nothing`;
  },
  async recordEvent(db: Queryable, orgId: string, clientId: string, eventId: string) {
    await db`insert into access_scope_nodes (id, kind, org_id, client_id) values (${eventId}, 'event', ${orgId}, ${clientId})
             on conflict (id) do update set client_id = excluded.client_id`;
  },
  async grant(db: Queryable, g: GrantRecord) {
    await db`insert into access_grants (grant_id, principal_id, role, org_id, client_id, event_id)
             values (${g.grantId}, ${g.principalId}, ${g.role}, ${g.scope.orgId}, ${g.scope.clientId ?? null}, ${g.scope.eventId ?? null})
             on conflict (grant_id) do nothing`;
  },
  async revoke(db: Queryable, grantId: string) {
    await db`delete from access_grants where grant_id = ${grantId}`;
  },
  async deactivate(db: Queryable, orgId: string, principalId: string) {
    await db`insert into access_principals (principal_id, org_id, deactivated_at) values (${principalId}, ${orgId}, now())
             on conflict (principal_id) do update set deactivated_at = now()`;
  },
};

export const scopeKindOf = (scope: ScopeRef): ScopeKind =>
  scope.eventId ? 'event' : scope.clientId ? 'client' : 'org';

/**
 * The roles a principal holds over a target scope: grants at the target or at any ancestor.
 * Ancestry comes from the projection, never from the request: a caller cannot claim that event B
 * sits under the client they hold a grant on. An event the projection has not heard of yet is
 * covered by organization-wide grants and grants on the event itself only.
 */
export async function rolesOver(db: Queryable, principalId: string, target: ScopeRef): Promise<Role[]> {
  const eventId = target.eventId ?? null;
  // One round trip on every authorization: the event's client comes from the scope projection.
  const rows = await db<{ role: Role }[]>`
    with target_client as (
      select case when ${eventId}::text is null then ${target.clientId ?? null}::text
                  else (select client_id from access_scope_nodes
                        where id = ${eventId} and kind = 'event' and org_id = ${target.orgId}) end as client_id)
    select distinct g.role from access_grants g, target_client t
    where g.principal_id = ${principalId} and g.org_id = ${target.orgId}
      and not exists (select 1 from access_principals p where p.principal_id = ${principalId} and p.deactivated_at is not null)
      and ((g.client_id is null and g.event_id is null)
        or (g.event_id is null and g.client_id = t.client_id)
        or g.event_id = ${eventId})`;
  return rows.map((r) => r.role);
}
