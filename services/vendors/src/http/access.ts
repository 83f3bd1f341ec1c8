import type { Queryable } from '@playbook/db/client';
import { forbidden } from '@playbook/service-kit/problem';
import type { Principal } from '@playbook/service-kit/tokens';

/**
 * Vendors and rate cards are the organization's shared catalog: anyone holding any grant in the
 * organization may read them (a producer granted on one event must see whom they can engage).
 */
export async function requireMember(db: Queryable, principal: Principal): Promise<void> {
  const [row] = await db`
    select 1 from access_grants g where g.principal_id = ${principal.id} and g.org_id = ${principal.orgId}
      and not exists (select 1 from access_principals p where p.principal_id = ${principal.id} and p.deactivated_at is not null)
    limit 1`;
  if (!row) throw forbidden('You hold no role in this organization.');
}
