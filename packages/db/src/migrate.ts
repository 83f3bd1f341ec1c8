import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { identifier, type Sql } from './client.ts';
import { DbError } from './errors.ts';

export interface Migration {
  /** Stable id, e.g. "platform/0001_outbox" or "0001_init". Applied in the order given. */
  id: string;
  sql: string;
}

/** Reads `NNNN_name.sql` files from a folder, sorted by name, ids prefixed with `prefix/` when given. */
export async function loadMigrations(dir: string, prefix?: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  return Promise.all(
    files.map(async (file) => ({
      id: `${prefix ? `${prefix}/` : ''}${file.replace(/\.sql$/, '')}`,
      sql: await readFile(join(dir, file), 'utf8'),
    })),
  );
}

const checksum = (sql: string) => createHash('sha256').update(sql).digest('hex');

/**
 * Applies pending migrations to `schema` in one transaction (each in its own savepoint) under an
 * advisory lock, so that several instances starting at once apply each migration exactly once and
 * a failing migration leaves nothing half-applied. Resolves with the ids it applied. A migration that was
 * applied and then edited is refused: migrations are immutable once released.
 */
export async function migrate(sql: Sql, schema: string, migrations: Migration[]): Promise<string[]> {
  const s = identifier(schema);
  const applied: string[] = [];
  await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext(${`migrate:${schema}`}))`;
    await tx.unsafe(`create table if not exists ${s}.schema_migrations (
      id text primary key, checksum text not null, applied_at timestamptz not null default now())`);
    const rows = await tx.unsafe<{ id: string; checksum: string }[]>(`select id, checksum from ${s}.schema_migrations`);
    const done = new Map(rows.map((r) => [r.id, r.checksum]));
    for (const m of migrations) {
      const sum = checksum(m.sql);
      const previous = done.get(m.id);
      if (previous !== undefined) {
        if (previous !== sum)
          throw new DbError('DB.MIGRATION_CHANGED', `${schema}/${m.id} was edited after it was applied`);
        continue;
      }
      await tx.savepoint(async (sp) => {
        await sp.unsafe(`set local search_path to ${s}`);
        await sp.unsafe(m.sql);
        await sp.unsafe(`insert into ${s}.schema_migrations (id, checksum) values ($1, $2)`, [m.id, sum]);
      });
      applied.push(m.id);
    }
  });
  return applied;
}
