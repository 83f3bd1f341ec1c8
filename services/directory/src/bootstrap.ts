import type { Cause } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import type { Tx } from '@playbook/db/client';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { grantRole } from './grants/grants.commands.ts';
import { provisionUser } from './users/users.commands.ts';

/**
 * Writing users and grants without HTTP: the first admin of an organization (nobody could call
 * the admin-only API before it exists) and demo users for the seed. Every call is idempotent:
 * ids and message ids derive from the arguments, rows use `on conflict do nothing`, and events
 * are published only for rows that are new, so running the seed twice changes nothing.
 */
export interface UserInput {
  orgId: string;
  userId: string;
  email: string;
  displayName: string;
}

export interface GrantInput {
  orgId: string;
  userId: string;
  role: Role;
  clientId?: string;
  eventId?: string;
}

const SYSTEM_ACTOR = { kind: 'system' as const, id: 'directory-bootstrap', displayName: 'Directory bootstrap' };

function causeFor(operation: string): Cause {
  return {
    correlationId: commandMessageId('directory', operation, 'correlation'),
    causationId: null,
    actor: SYSTEM_ACTOR,
    messageIdFor: (type, index) => commandMessageId('directory', operation, type, index),
  };
}

/** The deterministic id of the seed's grant of `role` to a user at a scope. */
export function seedGrantId(g: GrantInput): string {
  return commandMessageId('directory', `grant:${g.userId}:${g.role}:${g.clientId ?? ''}:${g.eventId ?? ''}`, 'grant');
}

async function inTransaction<T>(
  service: Service,
  operation: string,
  fn: (tx: Tx, cause: Cause) => Promise<T>,
): Promise<T> {
  const cause = causeFor(operation);
  return service.sql().begin((tx) => fn(tx, cause)) as Promise<T>;
}

/** The user and an org-wide admin grant, in one transaction; each is written (and published) only when new, so a second run is a no-op. */
export async function bootstrapAdmin(
  service: Service,
  user: UserInput,
): Promise<{ created: boolean; grantId: string }> {
  const grant: GrantInput = { orgId: user.orgId, userId: user.userId, role: 'admin' };
  const grantId = seedGrantId(grant);
  const created = await inTransaction(service, `bootstrap:${user.userId}`, async (tx, cause) => {
    const publisher = service.bus().uow.publisher(tx, cause);
    const provisioned = await provisionUser(tx, publisher, { ...user, source: 'invited' });
    const granted = await grantRole(tx, publisher, { ...grant, grantId }, 'skip');
    return provisioned === 'provisioned' || granted !== null;
  });
  return { created, grantId };
}

/** A demo user (source "invited"); a second run with the same user id is a no-op. */
export async function provisionDemoUser(service: Service, user: UserInput): Promise<boolean> {
  return inTransaction(
    service,
    `provision:${user.userId}`,
    async (tx, cause) =>
      (await provisionUser(tx, service.bus().uow.publisher(tx, cause), { ...user, source: 'invited' })) ===
      'provisioned',
  );
}

/** A role at a scope for an existing user; the same role on the same scope again is a no-op. */
export async function grantDemoRole(
  service: Service,
  grant: GrantInput,
): Promise<{ created: boolean; grantId: string }> {
  const grantId = seedGrantId(grant);
  const created = await inTransaction(
    service,
    `grant:${grantId}`,
    async (tx, cause) =>
      (await grantRole(tx, service.bus().uow.publisher(tx, cause), { ...grant, grantId }, 'skip')) !== null,
  );
  return { created, grantId };
}

export { provisionDemoUser as provisionUser, grantDemoRole as grantRole };
