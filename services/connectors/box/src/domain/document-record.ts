import type { ContractDocumentStoredPayload } from '@playbook/contracts/types';

/**
 * What the Playbook uploads for a contract document. It records documents as metadata and a
 * SHA-256 — it holds no bytes — so the file in Box is that record, as JSON, named after the
 * document's own name, version and id (so the name is the same on every retry: the preflight and
 * a 409 item_name_in_use find an earlier upload by it).
 */
export function documentRecord(p: ContractDocumentStoredPayload): { name: string; content: Buffer } {
  const base = p.name.replace(/[/\\]/g, '_').replace(/\s+/g, ' ').trim().slice(0, 150);
  const name = `${base} (v${p.version}, ${p.documentId}).playbook.json`;
  const record = {
    kind: 'playbook.contract-document',
    note: 'The Playbook records contract documents as metadata and a content hash; the document bytes are not held by the Playbook.',
    contractId: p.contractId,
    contractKind: p.kind,
    clientId: p.clientId,
    eventId: p.eventId ?? null,
    vendorId: p.vendorId,
    documentId: p.documentId,
    version: p.version,
    name: p.name,
    mediaType: p.mediaType,
    sizeBytes: p.sizeBytes,
    sha256: p.sha256,
    storedBy: p.storedBy,
  };
  return { name, content: Buffer.from(`${JSON.stringify(record, null, 2)}\n`) };
}

/** A document fetched from Box (or any system) is not uploaded back: only the Playbook's own. */
export const isPlaybookOwn = (p: Pick<ContractDocumentStoredPayload, 'source'>) => !p.source;
