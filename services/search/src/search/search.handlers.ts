import type { AppRouteHandler } from '@playbook/service-kit/app-env';
import { CodedError } from '@playbook/errors/coded-error';
import { DOC_TYPES, type DocType } from '../domain/changes.ts';
import { decodeCursor, encodeCursor, markHeadline, termsOf } from '../domain/query-text.ts';
import type { ListRoute } from './search.routes.ts';
import { facetCounts, type HitRow, inSearch, searchPage, similarWords } from './search.store.ts';

const isDocType = (t: string): t is DocType => (DOC_TYPES as readonly string[]).includes(t);

export const list: AppRouteHandler<ListRoute> = async (c) => {
  const q = c.req.valid('query');
  const types = q.type?.split(',').map((t) => t.trim());
  if (types?.some((t) => !isDocType(t)))
    throw new CodedError('SEARCH.UNKNOWN_TYPE', `type must be among: ${DOC_TYPES.join(', ')}.`, 400);
  const after = q.cursor ? decodeCursor(q.cursor) : null;
  if (q.cursor && !after)
    throw new CodedError('HTTP.BAD_CURSOR', 'The cursor is not one this service handed out.', 400);
  const terms = termsOf(q.q);
  const { rows, facets } = await inSearch(c.var.sql, terms.length > 0, async (tx) => {
    const filter = { ...q, types: types as DocType[] | undefined, terms, similar: await similarWords(tx, terms) };
    return {
      rows: await searchPage(tx, c.var.principal, filter, { limit: q.limit, after }),
      facets: await facetCounts(tx, c.var.principal, filter),
    };
  });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > q.limit && last ? encodeCursor({ score: last.score, type: last.doc_type, id: last.doc_id }) : null;
  return c.json({ items: items.map(toHit), nextCursor, facets }, 200);
};

const toHit = (r: HitRow) => ({
  type: r.doc_type,
  id: r.doc_id,
  title: r.title,
  highlight: markHeadline(r.headline),
  status: r.status,
  date: r.on_date,
  clientId: r.client_id,
  eventId: r.event_id,
  vendorId: r.vendor_id,
  context: { vendor: r.vendor_name, event: r.event_name, client: r.client_name },
  score: Number(r.score),
  updatedAt: r.updated_at.toISOString(),
});
