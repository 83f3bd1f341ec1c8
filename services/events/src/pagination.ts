import { z } from '@hono/zod-openapi';

/** Keyset pagination over a table's `seq`: the cursor is the last seq of the previous page. */
export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(50).openapi({ description: 'Page size (1–100).' }),
  cursor: z.string().regex(/^\d{1,18}$/).optional().openapi({ description: 'nextCursor of the previous page.' }),
};

export const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Rows fetched with `limit + 1`: the extra row only says there is a next page. */
export function toPage<R extends { seq: string | number | bigint }, T>(rows: R[], limit: number, map: (row: R) => T) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { items: page.map(map), nextCursor: rows.length > limit && last ? String(last.seq) : null };
}
