import type { Queryable } from '@playbook/db/client';
import { rolesGranting, type Role } from '@playbook/service-kit/permissions';
import type { Principal } from '@playbook/service-kit/tokens';

/** Where a principal may read records in their org, from this service's own grant projection. */
export interface Readable {
  /** An organization-wide grant: everything in the org. */
  all: boolean;
  clientIds: string[];
  eventIds: string[];
}

/**
 * Lists filter with this instead of authorizing row by row: a client grant covers the client and
 * all its events, an event grant that event only. A deactivated principal reads nothing.
 */
export async function readableScopes(db: Queryable, principal: Principal): Promise<Readable> {
  const none: Readable = { all: false, clientIds: [], eventIds: [] };
  const [inactive] = await db`select 1 from access_principals where principal_id = ${principal.id} and deactivated_at is not null`;
  if (inactive) return none;
  const grants = await db<{ role: Role; client_id: string | null; event_id: string | null }[]>`
    select role, client_id, event_id from access_grants where principal_id = ${principal.id} and org_id = ${principal.orgId}`;
  return grants.reduce<Readable>((acc, g) => {
    const kind = g.event_id ? 'event' : g.client_id ? 'client' : 'org';
    if (!rolesGranting('records.read', kind).includes(g.role)) return acc;
    if (kind === 'org') return { ...acc, all: true };
    if (kind === 'client') return { ...acc, clientIds: [...acc.clientIds, g.client_id!] };
    return { ...acc, eventIds: [...acc.eventIds, g.event_id!] };
  }, none);
}
