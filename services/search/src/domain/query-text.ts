/**
 * Free text as the index matches it: lowercase words of letters and digits only (so nothing a caller
 * types reaches tsquery syntax or LIKE patterns), at most MAX_TERMS of at most MAX_TERM_LENGTH each.
 * Every term must match a record, by prefix (full text) or by trigram word similarity (typos).
 */
export const MAX_TERMS = 8;
export const MAX_TERM_LENGTH = 40;

export function termsOf(text: string | undefined): string[] {
  if (!text) return [];
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .map((w) => w.slice(0, MAX_TERM_LENGTH));
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** Terms this short are matched by prefix only: `led` would otherwise be a typo of `lead`. */
export const MIN_FUZZY_LENGTH = 4;
const WORD = /^[\p{L}\p{N}]+$/u;

/**
 * The tsquery of a search: every term must match, each by prefix or as one of the indexed words
 * it resembles (typos): `(chicgo:* | chicago) & (led:*)`. Only plain words reach it.
 */
export function matchQuery(terms: string[], similar: ReadonlyMap<string, string[]>): string {
  return terms.map((t) => `(${alternatives(t, similar).join(' | ')})`).join(' & ');
}

/** Any alternative of any term (ranking and highlights). */
export function anyQuery(terms: string[], similar: ReadonlyMap<string, string[]>): string {
  return terms.flatMap((t) => alternatives(t, similar)).join(' | ');
}

const alternatives = (term: string, similar: ReadonlyMap<string, string[]>) => [
  `${term}:*`,
  ...(similar.get(term) ?? []).filter((w) => w !== term && WORD.test(w)),
];

const START = '\uE000';
const STOP = '\uE001';
/** ts_headline's options: markers no record text uses, swapped for <mark> after escaping. */
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=10, MaxFragments=2`;

/** The headline as safe HTML: the record's text escaped, the matches in <mark>. */
export function markHeadline(headline: string): string {
  return headline
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll(START, '<mark>')
    .replaceAll(STOP, '</mark>');
}

export interface Cursor {
  score: string;
  type: string;
  id: string;
}

export const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify([c.score, c.type, c.id]), 'utf8').toString('base64url');

/** The position after which the next page starts; null for a cursor this service never gave out. */
export function decodeCursor(cursor: string): Cursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [score, type, id] = value;
    if (typeof score !== 'string' || !/^\d{1,6}(\.\d{1,6})?$/.test(score)) return null;
    if (typeof type !== 'string' || !/^[a-z_]{1,20}$/.test(type)) return null;
    if (typeof id !== 'string' || id.length === 0 || id.length > 200) return null;
    return { score, type, id };
  } catch {
    return null;
  }
}
