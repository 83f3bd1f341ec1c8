import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { findContract } from '../contracts/contracts.store.ts';
import { boxAuthor, contractIdOf } from '../domain/box-link.ts';
import { storeDocument } from './documents.commands.ts';
import { latestDocument, storedSources } from './documents.store.ts';

const SYSTEM = 'box';

export interface BoxImport {
  stored: number;
  /** Already stored from the same file content (a re-fetched window), or the latest version's content. */
  unchanged: number;
  /** Naming no contract of the organization, or a terminated one. */
  unlinked: number;
}

/**
 * Stores the contract documents of a Box batch: each file of the contracts folder that names a
 * contract of the organization (contractIdOf) becomes that contract's next document version, with
 * Box as its source. The same file with the same SHA-1 (a re-fetched or overlapping window) stores
 * nothing; new content of a known file is a new version, unless it equals the latest one.
 */
export async function importBoxDocuments(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.box.BoxFilesFetched'>,
): Promise<BoxImport> {
  const files = e.payload.files.filter((f) => f.role === 'contracts');
  const seen = await storedSources(
    tx,
    SYSTEM,
    files.map((f) => ({ fileId: f.id, sha1: f.sha1 })),
  );
  const outcome: BoxImport = { stored: 0, unchanged: 0, unlinked: 0 };
  for (const f of files) {
    if (seen.has(`${f.id}:${f.sha1}`)) {
      outcome.unchanged++;
      continue;
    }
    const contractId = contractIdOf(f);
    const contract = contractId ? await findContract(tx, contractId) : undefined;
    if (!contract || contract.org_id !== e.scope.orgId || contract.status === 'terminated') {
      outcome.unlinked++;
      continue;
    }
    if ((await latestDocument(tx, contract.contract_id))?.sha256 === f.sha256) {
      outcome.unchanged++;
      continue;
    }
    await storeDocument(
      tx,
      publisher,
      contract.contract_id,
      {
        name: f.name,
        mediaType: f.mediaType,
        sizeBytes: f.sizeBytes,
        sha256: f.sha256,
        source: { system: SYSTEM, fileId: f.id, sha1: f.sha1 },
      },
      boxAuthor(f.modifiedBy),
    );
    seen.add(`${f.id}:${f.sha1}`);
    outcome.stored++;
  }
  return outcome;
}
