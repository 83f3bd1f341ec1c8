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
  const [inactive] =
    await db`select 1 from access_principals where principal_id = ${principal.id} and deactivated_at is not null`;
  if (inactive) return none;
  const grants = await db<{ role: Role; client_id: string | null; event_id: string | null }[]>`
    select role, client_id, event_id from access_grants where principal_id = ${principal.id} and org_id = ${principal.orgId}`;
  const readable: Readable = { all: false, clientIds: [], eventIds: [] };
  for (const g of grants) {
    const kind = g.event_id ? 'event' : g.client_id ? 'client' : 'org';
    if (!rolesGranting('records.read', kind).includes(g.role)) continue;
    if (kind === 'org') readable.all = true;
    else if (kind === 'client') readable.clientIds.push(g.client_id!);
    else readable.eventIds.push(g.event_id!);
  }
  return readable;
}
