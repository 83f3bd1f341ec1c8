import { z } from '@hono/zod-openapi';
import { CodedError } from '@playbook/errors/coded-error';

/**
 * Keyset pagination over a table's `seq`, the same for every list of every service: fetch
 * `limit + 1` rows after `afterSeq(cursor)` ordered by seq, then `toPage`. The cursor is opaque
 * to callers (base64url of the last seq), so a service may change what is behind it.
 */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size (1–100).' }),
  cursor: z.string().min(1).max(100).optional().openapi({ description: 'nextCursor of the previous page.' }),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** The seq to continue after ('0' for the first page); 400 HTTP.BAD_CURSOR for a cursor we never gave out. */
export function afterSeq(cursor: string | undefined): string {
  if (cursor === undefined) return '0';
  const seq = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,18}$/.test(seq))
    throw new CodedError('HTTP.BAD_CURSOR', 'The cursor is not one this service handed out.', 400);
  return seq;
}

/** Given up to `limit + 1` rows ordered by seq: the page (mapped) and the next page's cursor, null at the end. */
export function toPage<R extends { seq: string | number | bigint }, T = R>(
  rows: R[],
  limit: number,
  map: (row: R) => T = (row) => row as unknown as T,
) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? Buffer.from(String(last.seq), 'utf8').toString('base64url') : null,
  };
}
