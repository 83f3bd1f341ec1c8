import type { GoogleUser } from '@playbook/contracts/types';
import type { DirectoryUser } from '../google-api.ts';

/** A Directory user in the batch's shape. */
export function normalizeUser(u: DirectoryUser): GoogleUser {
  const creation = u.creationTime ? Date.parse(u.creationTime) : Number.NaN;
  const fullName = u.name.fullName ?? [u.name.givenName, u.name.familyName].filter(Boolean).join(' ');
  return {
    id: u.id,
    primaryEmail: u.primaryEmail.toLowerCase(),
    fullName: fullName || u.primaryEmail,
    givenName: u.name.givenName ?? null,
    familyName: u.name.familyName ?? null,
    isAdmin: u.isAdmin ?? false,
    suspended: u.suspended ?? false,
    archived: u.archived ?? false,
    orgUnitPath: u.orgUnitPath ?? null,
    creationTime: Number.isNaN(creation) ? null : creation,
  };
}
