/**
 * The slice of SuiteQL the sandbox answers, enough for what connectors send: `SELECT <columns> FROM
 * <table> [WHERE <condition> AND …] [ORDER BY <column>]`, where a column is a name, `BUILTIN.DF(name)`
 * or `TO_CHAR(name, 'YYYY-MM-DD HH24:MI:SS')`, each optionally `AS alias`, and a condition compares a
 * name or `LOWER(name)` with a string literal, `LOWER('…')` or `TO_TIMESTAMP('…', 'YYYY-MM-DD HH24:MI:SS')`.
 * Result columns are lower-case and every value a string, as SuiteQL answers.
 */
export type SandboxRow = Record<string, string | Date | undefined>;
export class SuiteQlError extends Error {}

const STAMP = 'YYYY-MM-DD HH24:MI:SS';
const stampOf = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');
const parseStamp = (text: string, format: string) => {
  if (format !== STAMP) throw new SuiteQlError(`Unsupported date format ${format}.`);
  const ms = Date.parse(`${text.replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new SuiteQlError(`Invalid date ${text}.`);
  return new Date(ms);
};

/** Splits on `separator` outside quotes and parentheses. */
function splitTop(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    if (quoted) continue;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (depth === 0) {
      const m = separator.exec(text.slice(i));
      if (m && m.index === 0) {
        out.push(text.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

const LITERAL = /^'((?:[^']|'')*)'$/;
const unquote = (text: string) => {
  const m = LITERAL.exec(text.trim());
  if (!m) throw new SuiteQlError(`Expected a string literal at ${text}.`);
  return m[1]!.replaceAll("''", "'");
};

interface Column {
  alias: string;
  read: (row: SandboxRow) => string | undefined;
}

function column(item: string, known: Set<string>): Column {
  const [, expr, alias] = /^(.+?)(?:\s+AS\s+(\w+))?$/is.exec(item) ?? [];
  const field = (name: string) => {
    const n = name.toLowerCase();
    if (!known.has(n)) throw new SuiteQlError(`Field '${name}' was not found.`);
    return n;
  };
  const text = (v: string | Date | undefined) => (v instanceof Date ? stampOf(v) : v);
  const e = expr!.trim();
  const df = /^BUILTIN\.DF\((\w+)\)$/i.exec(e);
  const toChar = /^TO_CHAR\((\w+),\s*(.+)\)$/i.exec(e);
  const bare = /^(\w+)$/.exec(e);
  if (toChar && unquote(toChar[2]!) !== STAMP) throw new SuiteQlError(`Unsupported format in ${expr}.`);
  const name = (df ?? toChar ?? bare)?.[1];
  if (name) {
    const f = field(name);
    return { alias: (alias ?? f).toLowerCase(), read: (r) => text(r[f]) };
  }
  throw new SuiteQlError(`Unsupported expression ${expr}.`);
}

function condition(text: string, known: Set<string>): (row: SandboxRow) => boolean {
  const m = /^(?:LOWER\((\w+)\)|(\w+))\s*(>=|<=|<>|!=|=|<|>)\s*(.+)$/is.exec(text);
  if (!m) throw new SuiteQlError(`Unsupported condition ${text}.`);
  const lower = m[1] !== undefined;
  const f = (m[1] ?? m[2]!).toLowerCase();
  if (!known.has(f)) throw new SuiteQlError(`Field '${f}' was not found.`);
  const op = m[3]!;
  const rhs = m[4]!.trim();
  const stamp = /^TO_TIMESTAMP\((.+),\s*(.+)\)$/i.exec(rhs);
  const lowered = /^LOWER\((.+)\)$/i.exec(rhs);
  const value: string | Date = stamp
    ? parseStamp(unquote(stamp[1]!), unquote(stamp[2]!))
    : lowered
      ? unquote(lowered[1]!).toLowerCase()
      : unquote(rhs);
  return (row) => {
    const raw = row[f];
    if (raw === undefined) return false;
    const left = raw instanceof Date ? raw.getTime() : lower ? raw.toLowerCase() : raw;
    const right = value instanceof Date ? value.getTime() : value;
    switch (op) {
      case '=':
        return left === right;
      case '<>':
      case '!=':
        return left !== right;
      case '<':
        return left < right;
      case '<=':
        return left <= right;
      case '>':
        return left > right;
      default:
        return left >= right;
    }
  };
}

/** Runs `q` over the sandbox's tables; throws SuiteQlError for what it does not understand. */
export function runSuiteQl(q: string, tables: Record<string, SandboxRow[]>, columns: Record<string, string[]>) {
  const m = /^\s*SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER\s+BY\s+(\w+))?\s*$/is.exec(q);
  if (!m) throw new SuiteQlError('Invalid or unsupported search query.');
  const table = m[2]!.toLowerCase();
  const rows = tables[table];
  if (!rows) throw new SuiteQlError(`Record '${m[2]}' was not found.`);
  const known = new Set(columns[table]);
  const selected = splitTop(m[1]!, /^,/).map((item) => column(item, known));
  const where = m[3] ? splitTop(m[3], /^\s+AND\s+/i).map((c) => condition(c, known)) : [];
  const order = m[4]?.toLowerCase();
  if (order && !known.has(order)) throw new SuiteQlError(`Field '${order}' was not found.`);
  const matching = rows.filter((r) => where.every((w) => w(r)));
  if (order)
    matching.sort((a, b) => {
      const x = String(a[order] ?? '');
      const y = String(b[order] ?? '');
      return x.length - y.length || x.localeCompare(y);
    });
  return matching.map((r) => {
    const out: Record<string, string> = {};
    for (const c of selected) {
      const v = c.read(r);
      if (v !== undefined && v !== '') out[c.alias] = v;
    }
    return out;
  });
}
