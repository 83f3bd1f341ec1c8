import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Tx } from '@playbook/db/client';
import { changesFor } from '../domain/records.ts';
import { lockOrganization, patchDocument, putDocument, removeDocument, rename } from './documents.store.ts';

/** Applies what one fact of any module does to the index, in the consumer's transaction. */
export async function indexFact(tx: Tx, e: AnyEnvelope): Promise<void> {
  const at = new Date(e.occurredAt);
  const orgId = e.scope.orgId;
  const changes = changesFor(e);
  if (changes.length > 0) await lockOrganization(tx, orgId);
  for (const change of changes) {
    if (change.kind === 'put') await putDocument(tx, change.doc, at);
    else if (change.kind === 'patch') await patchDocument(tx, orgId, change.type, change.id, change.set, at);
    else if (change.kind === 'remove') await removeDocument(tx, orgId, change.type, change.id);
    else await rename(tx, change.orgId, change.what, change.id, change.name);
  }
}
