import type { Queryable } from '@playbook/db/client';

/** Known SHA-256s of (file, SHA-1) pairs among `files`. */
export async function knownHashes(db: Queryable, files: { id: string; sha1: string }[]): Promise<Map<string, string>> {
  if (files.length === 0) return new Map();
  const ids = files.map((f) => f.id);
  const rows = await db<{ file_id: string; sha1: string; sha256: string }[]>`
    select file_id, sha1, sha256 from box_file_hashes where file_id = any(${ids})`;
  return new Map(rows.map((r) => [`${r.file_id}:${r.sha1}`, r.sha256]));
}

export async function rememberHashes(db: Queryable, hashes: { fileId: string; sha1: string; sha256: string }[]) {
  if (hashes.length === 0) return;
  const values = hashes.map((h) => ({ file_id: h.fileId, sha1: h.sha1, sha256: h.sha256 }));
  await db`insert into box_file_hashes ${db(values)} on conflict do nothing`;
}

/** Of `fileIds`, those the Playbook uploaded itself. */
export async function uploadedFileIds(db: Queryable, fileIds: string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db<{ file_id: string }[]>`select file_id from box_uploads where file_id = any(${fileIds})`;
  return new Set(rows.map((r) => r.file_id));
}
