import type { Queryable } from '@playbook/db/client';

export interface DocumentRow {
  document_id: string;
  seq: string;
  contract_id: string;
  version: number;
  name: string;
  media_type: string;
  size_bytes: string;
  sha256: string;
  stored_by: string;
  stored_at: Date;
}

/** The newest version of a contract's document, if any. */
export async function latestDocument(db: Queryable, contractId: string): Promise<DocumentRow | undefined> {
  const [row] = await db<DocumentRow[]>`
    select * from contract_documents where contract_id = ${contractId} order by version desc limit 1`;
  return row;
}

export interface NewDocument {
  documentId: string;
  contractId: string;
  version: number;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storedBy: string;
}

export async function insertDocument(db: Queryable, d: NewDocument): Promise<DocumentRow> {
  const [row] = await db<DocumentRow[]>`
    insert into contract_documents (document_id, contract_id, version, name, media_type, size_bytes, sha256, stored_by)
    values (${d.documentId}, ${d.contractId}, ${d.version}, ${d.name}, ${d.mediaType}, ${d.sizeBytes}, ${d.sha256},
      ${d.storedBy})
    returning *`;
  return row!;
}

/** A page of a contract's document versions, oldest first (limit + 1 rows, for toPage). */
export function listDocuments(db: Queryable, contractId: string, afterSeq: string, limit: number) {
  return db<DocumentRow[]>`
    select * from contract_documents where contract_id = ${contractId} and seq > ${afterSeq}
    order by seq limit ${limit + 1}`;
}

export const toDocument = (r: DocumentRow) => ({
  documentId: r.document_id,
  contractId: r.contract_id,
  version: r.version,
  name: r.name,
  mediaType: r.media_type,
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  storedBy: r.stored_by,
  storedAt: r.stored_at.toISOString(),
});
