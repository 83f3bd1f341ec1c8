import { on, type Subscription } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { accessProjection } from './access-projection.ts';

/**
 * Every service keeps its own projection of grants (from directory) and of the scope tree (from
 * events), so it can authorize locally. createService subscribes these for every module.
 */
export const accessSubscriptions: Subscription<Tx>[] = [
  on<Tx, 'directory.RoleGranted'>('access-grant-when-role-granted', 'directory.RoleGranted', async (e, { tx }) => {
    await accessProjection.grant(tx, {
      grantId: e.payload.grantId,
      principalId: e.payload.userId,
      role: e.payload.role,
      scope: { orgId: e.scope.orgId, clientId: e.payload.clientId ?? null, eventId: e.payload.eventId ?? null },
    });
  }),
  on<Tx, 'directory.RoleRevoked'>('access-revoke-when-role-revoked', 'directory.RoleRevoked', async (e, { tx }) => {
    await accessProjection.revoke(tx, e.payload.grantId);
  }),
  on<Tx, 'directory.UserDeactivated'>(
    'access-deactivate-when-user-deactivated',
    'directory.UserDeactivated',
    async (e, { tx }) => {
      await accessProjection.deactivate(tx, e.scope.orgId, e.payload.userId);
    },
  ),
  on<Tx, 'events.ClientCreated'>('access-scope-when-client-created', 'events.ClientCreated', async (e, { tx }) => {
    await accessProjection.recordClient(tx, e.scope.orgId, e.payload.clientId);
  }),
  on<Tx, 'events.EventCreated'>('access-scope-when-event-created', 'events.EventCreated', async (e, { tx }) => {
    await accessProjection.recordEvent(tx, e.scope.orgId, e.payload.clientId, e.payload.eventId);
  }),
];
