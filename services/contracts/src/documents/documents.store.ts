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
  source: string | null;
  source_file_id: string | null;
  source_sha1: string | null;
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
  source?: DocumentSource | undefined;
}

/** The file a version came from in another system, and that file's content hash there. */
export interface DocumentSource {
  system: string;
  fileId: string;
  sha1: string;
}

export async function insertDocument(db: Queryable, d: NewDocument): Promise<DocumentRow> {
  const [row] = await db<DocumentRow[]>`
    insert into contract_documents (document_id, contract_id, version, name, media_type, size_bytes, sha256, stored_by,
      source, source_file_id, source_sha1)
    values (${d.documentId}, ${d.contractId}, ${d.version}, ${d.name}, ${d.mediaType}, ${d.sizeBytes}, ${d.sha256},
      ${d.storedBy}, ${d.source?.system ?? null}, ${d.source?.fileId ?? null}, ${d.source?.sha1 ?? null})
    returning *`;
  return row!;
}

/** Of the (file, SHA-1) pairs of `system`, those some version was stored from already. */
export async function storedSources(db: Queryable, system: string, files: { fileId: string; sha1: string }[]) {
  if (files.length === 0) return new Set<string>();
  const ids = files.map((f) => f.fileId);
  const rows = await db<{ source_file_id: string; source_sha1: string }[]>`
    select source_file_id, source_sha1 from contract_documents where source = ${system} and source_file_id = any(${ids})`;
  return new Set(rows.map((r) => `${r.source_file_id}:${r.source_sha1}`));
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
