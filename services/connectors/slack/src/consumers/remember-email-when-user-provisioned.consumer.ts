import { on } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { upsertUser } from '../users/users.store.ts';

export const rememberEmailWhenUserProvisioned = on<Tx, 'directory.UserProvisioned'>(
  'remember-email-when-user-provisioned',
  'directory.UserProvisioned',
  (e, { tx }) => upsertUser(tx, { userId: e.payload.userId, orgId: e.scope.orgId, email: e.payload.email }),
);
