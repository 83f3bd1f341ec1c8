import type { Tx } from '@playbook/db/client';

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  requestHash: string;
}

interface Reservation {
  principalId: string;
  key: string;
  method: string;
  path: string;
  requestHash: string;
}

/**
 * Claims the key inside the command's transaction. A concurrent request with the same key blocks
 * on the primary key until the first commits (then it replays) or rolls back (then it runs).
 */
export async function reserveKey(tx: Tx, r: Reservation): Promise<boolean> {
  const rows = await tx`
    insert into idempotency_keys (principal_id, key, method, path, request_hash, status, headers, body)
    values (${r.principalId}, ${r.key}, ${r.method}, ${r.path}, ${r.requestHash}, 0, '{}'::jsonb, '')
    on conflict (principal_id, key) do nothing returning 1`;
  return rows.length === 1;
}

export async function findStoredResponse(tx: Tx, principalId: string, key: string): Promise<StoredResponse> {
  const [row] = await tx<{ status: number; headers: Record<string, string>; body: string; request_hash: string }[]>`
    select status, headers, body, request_hash from idempotency_keys where principal_id = ${principalId} and key = ${key}`;
  if (!row) throw new Error(`idempotency key ${key} vanished`);
  return { status: row.status, headers: row.headers, body: row.body, requestHash: row.request_hash };
}

export async function storeResponse(tx: Tx, principalId: string, key: string, stored: StoredResponse): Promise<void> {
  await tx`
    update idempotency_keys set status = ${stored.status}, headers = ${tx.json(stored.headers)}, body = ${stored.body}
    where principal_id = ${principalId} and key = ${key}`;
}
