import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { eventScope } from '@playbook/service-kit/access';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { resolveGrantScope } from '../domain/users.ts';
import { findUser } from '../users/users.store.ts';
import { deleteGrant, findGrant, type GrantRow, insertGrant, type NewGrant } from './grants.store.ts';

export interface GrantRequest {
  grantId: string;
  orgId: string;
  userId: string;
  role: Role;
  clientId?: string | undefined;
  eventId?: string | undefined;
}

const SCOPE_STATUS = { CLIENT_REQUIRED: 400, SCOPE_MISMATCH: 409, SCOPE_NOT_FOUND: 404 } as const;

/**
 * Grants a role at a scope and publishes RoleGranted. `onDuplicate: 'conflict'` (HTTP) refuses the
 * same role on the same scope twice; 'skip' (seed) makes a repeat a no-op that publishes nothing.
 */
export async function grantRole(
  tx: Tx,
  publisher: Publisher,
  req: GrantRequest,
  onDuplicate: 'conflict' | 'skip' = 'conflict',
): Promise<NewGrant | null> {
  const user = await findUser(tx, req.orgId, req.userId, true);
  if (!user) throw notFound(`User ${req.userId}`, 'DIRECTORY.USER_NOT_FOUND');
  if (user.status === 'deactivated') throw conflict(`User ${req.userId} is deactivated.`, 'DIRECTORY.USER_DEACTIVATED');
  const resolved = resolveGrantScope(req.orgId, req, req.eventId ? await eventScope(tx, req.eventId) : null);
  if (!resolved.ok)
    throw new CodedError(`DIRECTORY.${resolved.reason}`, resolved.detail, SCOPE_STATUS[resolved.reason]);
  const grant: NewGrant = {
    grantId: req.grantId,
    orgId: req.orgId,
    userId: req.userId,
    role: req.role,
    ...resolved.scope,
  };
  if (!(await insertGrant(tx, grant))) {
    if (onDuplicate === 'skip') return null;
    throw conflict(`User ${req.userId} already holds ${req.role} on this scope.`, 'DIRECTORY.GRANT_EXISTS');
  }
  const scope = { orgId: grant.orgId, clientId: grant.clientId, eventId: grant.eventId };
  await accessProjection.grant(tx, { grantId: grant.grantId, principalId: grant.userId, role: grant.role, scope });
  await publisher.publish({
    type: 'directory.RoleGranted',
    key: grant.grantId,
    scope: { orgId: grant.orgId },
    payload: {
      grantId: grant.grantId,
      userId: grant.userId,
      role: grant.role,
      clientId: grant.clientId,
      eventId: grant.eventId,
    },
  });
  return grant;
}

/** Takes a grant back and publishes RoleRevoked. */
export async function revokeRole(tx: Tx, publisher: Publisher, orgId: string, grantId: string): Promise<GrantRow> {
  const grant = await findGrant(tx, orgId, grantId);
  if (!grant) throw notFound(`Grant ${grantId}`, 'DIRECTORY.GRANT_NOT_FOUND');
  await deleteGrant(tx, grantId);
  await accessProjection.revoke(tx, grantId);
  await publisher.publish({
    type: 'directory.RoleRevoked',
    key: grantId,
    scope: { orgId },
    payload: { grantId, userId: grant.user_id, role: grant.role },
  });
  return grant;
}
