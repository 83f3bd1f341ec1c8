import type { Queryable } from '@playbook/db/client';
import type { Principal } from '@playbook/service-kit/tokens';

/**
 * SQL condition: the record aliased `r` (columns org_id, client_id, event_id) is readable by the
 * principal — any grant at its organization, its client or its event (every role may read), and
 * the principal is not deactivated. Same rule as the kit's `authorize('records.read')`, in SQL, so
 * lists filter and paginate in the database.
 */
export const readableBy = (db: Queryable, principal: Principal) => db`
  r.org_id = ${principal.orgId}
  and not exists (select 1 from access_principals p where p.principal_id = ${principal.id} and p.deactivated_at is not null)
  and exists (select 1 from access_grants g
              where g.principal_id = ${principal.id} and g.org_id = r.org_id
                and ((g.client_id is null and g.event_id is null)
                  or (g.event_id is null and g.client_id = r.client_id)
                  or g.event_id = r.event_id))`;
