import { windowSync } from '@playbook/connector-kit/window-sync';
import type { GoogleApi } from './google-api.ts';
import { normalizeUser } from './users/users.ts';

export const SYSTEM = 'google';
export const actor = { kind: 'connector' as const, id: SYSTEM, displayName: 'Google Workspace' };

/**
 * What the sync worker does for Google Workspace: read the directory's users (users.list has no
 * time filter, so a window is a snapshot of the directory as of its fetch, named by the window)
 * and publish them as GoogleUsersFetched. Archived users are skipped.
 */
export const googleSync = (api: GoogleApi, customer: string, maxPartBytes?: number) =>
  windowSync({
    system: SYSTEM,
    displayName: actor.displayName,
    fetchedType: 'integrations.google.GoogleUsersFetched',
    failedType: 'integrations.google.GoogleWindowFailed',
    async fetch(_r, meter) {
      const users = await api.users(meter);
      return { fetched: users.length, records: users.filter((u) => !u.archived).map(normalizeUser) };
    },
    filters: { customer, archived: 'false' },
    payload: (users) => ({ users }),
    maxPartBytes,
  });
