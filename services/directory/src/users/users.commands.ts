import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { accessProjection } from '@playbook/service-kit/access-projection';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { normalizeEmail } from '../domain/users.ts';
import { findUser, insertUser, markDeactivated, type NewUser, type UserRow } from './users.store.ts';

export type ProvisionOutcome = 'provisioned' | 'already-provisioned';

/**
 * Writes the user and publishes UserProvisioned in the caller's transaction. The same user id
 * again is a no-op ('already-provisioned', nothing published); another user's email is a 409.
 */
export async function provisionUser(tx: Tx, publisher: Publisher, input: NewUser): Promise<ProvisionOutcome> {
  const user = { ...input, email: normalizeEmail(input.email), displayName: input.displayName.trim() };
  if (!(await insertUser(tx, user))) {
    const existing = await findUser(tx, user.orgId, user.userId);
    if (existing) return 'already-provisioned';
    throw conflict(`A user with email ${user.email} already exists in this organization.`, 'DIRECTORY.EMAIL_TAKEN');
  }
  await publisher.publish({
    type: 'directory.UserProvisioned',
    key: user.userId,
    scope: { orgId: user.orgId },
    payload: { userId: user.userId, email: user.email, displayName: user.displayName, source: user.source },
  });
  return 'provisioned';
}

/** Marks the user deactivated, applies it to this service's own access projection, publishes UserDeactivated. */
export async function deactivateUser(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  userId: string,
  reason: string | null,
): Promise<UserRow> {
  const user = await findUser(tx, orgId, userId, true);
  if (!user) throw notFound(`User ${userId}`, 'DIRECTORY.USER_NOT_FOUND');
  if (user.status === 'deactivated')
    throw conflict(`User ${userId} is already deactivated.`, 'DIRECTORY.USER_DEACTIVATED');
  await markDeactivated(tx, userId, reason);
  // The owner applies its own fact at once (read-your-writes); the consumed copy is an idempotent no-op.
  await accessProjection.deactivate(tx, orgId, userId);
  await publisher.publish({
    type: 'directory.UserDeactivated',
    key: userId,
    scope: { orgId },
    payload: { userId, reason },
  });
  return (await findUser(tx, orgId, userId))!;
}
