import { z } from '@hono/zod-openapi';
import { CodedError } from '@playbook/bus/errors';

/** Keyset pagination over a table's `seq`: the cursor is opaque to callers. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size (1–100).' }),
  cursor: z.string().min(1).optional().openapi({ description: 'nextCursor of the previous page.' }),
};

export function afterSeq(cursor: string | undefined): string {
  if (cursor === undefined) return '0';
  const seq = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{1,19}$/.test(seq)) throw new CodedError('HTTP.BAD_CURSOR', 'The cursor is not one this service handed out.', 400);
  return seq;
}

/** Given limit + 1 rows ordered by seq, the page and the cursor of the next one (null at the end). */
export function page<R extends { seq: string | number | bigint }>(rows: R[], limit: number): { items: R[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? Buffer.from(String(last.seq), 'utf8').toString('base64url') : null;
  return { items, nextCursor };
}
