// The shape every module follows (issue 6), checked by reading the source files (no infrastructure):
// SQL lives in `*.store.ts` files only — never in a handler, a consumer or a worker — and the service
// kit's access tables are the kit's business: no service names an `access_*` table.
import { describe, expect, it } from 'vitest';
import { readSource, sourceFiles } from '../support/source-files.ts';

/** A postgres.js tagged template (`sql`…``, `tx<Row[]>`…``, `db`…``) or a raw `.unsafe(` query. */
const SQL = /\b(?:sql|tx|db)(?:<[^`;]*?>)?`|\.unsafe\(/;
// The kit's tables (packages/service-kit/migrations): an OAuth `access_token` field is not one of them.
const ACCESS_TABLE = /\baccess_(grants|principals|scope_nodes)\b/;

const moduleFiles = sourceFiles(['services']).filter((f) => /^services\/(?:connectors\/)?[^/]+\/src\//.test(f));

const isHandlers = (f: string) => f.endsWith('.handlers.ts');
const isConsumer = (f: string) => f.includes('/consumers/') || f.endsWith('.consumer.ts');
/** A worker: named so (`*.worker.ts`, `workers/`), or a module file that schedules its own runs. */
const isWorker = (f: string, source: string) =>
  f.endsWith('.worker.ts') ||
  f.includes('/workers/') ||
  (!f.startsWith('services/launcher/') && /\bset(?:Timeout|Interval)\(/.test(source));

const linesMatching = (source: string, pattern: RegExp) =>
  source
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => pattern.test(line))
    .map(({ line, number }) => `${number}: ${line.trim()}`);

describe('module shape', () => {
  it('no *.handlers.ts file, consumer or worker contains SQL (it belongs in the store)', () => {
    const offenders = moduleFiles.flatMap((f) => {
      const source = readSource(f);
      if (!isHandlers(f) && !isConsumer(f) && !isWorker(f, source)) return [];
      return linesMatching(source, SQL).map((line) => `${f}:${line}`);
    });
    expect(offenders).toEqual([]);
  });

  it('no file under services/*/src names an access_ table (the kit’s access API does)', () => {
    const offenders = moduleFiles.flatMap((f) => linesMatching(readSource(f), ACCESS_TABLE).map((l) => `${f}:${l}`));
    expect(offenders).toEqual([]);
  });

  it('the SQL pattern sees the forms postgres.js queries take, and not ordinary code', () => {
    for (const query of ['await sql`select 1`', 'tx<Row[]>`select *`', 'await db`x`', 'sql.unsafe(text)']) {
      expect(query).toMatch(SQL);
    }
    for (const code of ['const sqlText = `x`', 'return tx.savepoint(fn)', 'const db = connect()', 'idb`']) {
      expect(code).not.toMatch(SQL);
    }
  });
});
