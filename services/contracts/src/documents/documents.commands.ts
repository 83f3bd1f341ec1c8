import { randomUUID } from 'node:crypto';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { conflict } from '@playbook/service-kit/problem';
import { loadForChange } from '../contracts/lifecycle.commands.ts';
import { partiesOf, scopeOf } from '../contracts/contracts.view.ts';
import { type DocumentRow, type DocumentSource, insertDocument, latestDocument } from './documents.store.ts';

export interface DocumentInput {
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  /** Where it came from, when another system (Box) had it first; absent for the Playbook's own. */
  source?: DocumentSource | undefined;
}

/**
 * Records the next version of a contract's document (the bytes go to Box with the connectors) and
 * publishes ContractDocumentStored. The same content as the newest version is refused (409
 * CONTRACTS.DOCUMENT_UNCHANGED): a version that changes nothing is noise. A terminated contract
 * takes no documents.
 */
export async function storeDocument(
  tx: Tx,
  publisher: Publisher,
  contractId: string,
  input: DocumentInput,
  storedBy: string,
): Promise<DocumentRow> {
  const contract = await loadForChange(tx, contractId);
  if (contract.status === 'terminated')
    throw conflict('The contract is terminated: it takes no documents.', 'CONTRACTS.CONTRACT_TERMINATED');
  const latest = await latestDocument(tx, contractId);
  if (latest?.sha256 === input.sha256)
    throw conflict(`Version ${latest.version} has the same content (SHA-256).`, 'CONTRACTS.DOCUMENT_UNCHANGED');
  const version = (latest?.version ?? 0) + 1;
  const row = await insertDocument(tx, { documentId: randomUUID(), contractId, version, ...input, storedBy });
  await publisher.publish({
    type: 'contracts.ContractDocumentStored',
    key: contractId,
    scope: scopeOf(contract),
    counts: { affected: 1, previousVersions: version - 1 },
    payload: {
      ...partiesOf(contract),
      documentId: row.document_id,
      version,
      name: input.name,
      mediaType: input.mediaType,
      sizeBytes: input.sizeBytes,
      sha256: input.sha256,
      storedBy,
      source: input.source?.system ?? null,
      sourceFileId: input.source?.fileId ?? null,
    },
  });
  return row;
}
