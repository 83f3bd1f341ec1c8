import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { connect, type Sql } from './client.ts';
import { migrate, type Migration } from './migrate.ts';
import { dropServiceDatabase, provisionServiceDatabase } from './provision.ts';

// Self-contained (no @playbook/testing: it depends on this package). Fails, never skips, without infra.
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl)
  throw new Error('DATABASE_URL is not set: source .playbook/env (npm run infra -- up) before running the db tests');

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function fresh(prefix: string): Promise<{ schema: string; sql: Sql }> {
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  const url = await provisionServiceDatabase({
    adminUrl: adminUrl!,
    schema,
    password: randomBytes(12).toString('hex'),
  });
  const sql = connect({ url, schema, max: 2 });
  cleanups.push(async () => {
    await sql.end();
    await dropServiceDatabase(adminUrl!, schema);
  });
  return { schema, sql };
}

const migrations: Migration[] = [
  { id: '0001_widgets', sql: 'create table widgets (id text primary key, name text not null);' },
  { id: '0002_widget_count', sql: 'alter table widgets add column quantity int not null default 0;' },
];

describe('migrate', () => {
  it('applies each migration once: a second run applies nothing', async () => {
    const { schema, sql } = await fresh('t_mig');
    expect(await migrate(sql, schema, migrations)).toEqual(['0001_widgets', '0002_widget_count']);
    expect(await migrate(sql, schema, migrations)).toEqual([]);
    await sql`insert into widgets (id, name, quantity) values ('w1', 'first', 3)`;
    const added = [...migrations, { id: '0003_tags', sql: 'alter table widgets add column tags text[];' }];
    expect(await migrate(sql, schema, added)).toEqual(['0003_tags']);
    const rows = await sql`select id from schema_migrations order by id`;
    expect(rows.map((r) => r.id)).toEqual(['0001_widgets', '0002_widget_count', '0003_tags']);
  });

  it('refuses an applied migration that was edited, with DB.MIGRATION_CHANGED', async () => {
    const { schema, sql } = await fresh('t_mig');
    await migrate(sql, schema, migrations);
    const edited = [
      migrations[0]!,
      { id: '0002_widget_count', sql: 'alter table widgets add column quantity bigint;' },
    ];
    await expect(migrate(sql, schema, edited)).rejects.toMatchObject({
      code: 'DB.MIGRATION_CHANGED',
      message: expect.stringContaining('0002_widget_count'),
    });
  });

  it('concurrent runs apply each migration exactly once', async () => {
    const { schema, sql } = await fresh('t_mig');
    const runs = await Promise.all([1, 2, 3].map(() => migrate(sql, schema, migrations)));
    expect(runs.flat().sort()).toEqual(['0001_widgets', '0002_widget_count']);
  });
});

describe('provisionServiceDatabase', () => {
  it("isolates services: A's role cannot read or write B's schema", async () => {
    const a = await fresh('t_iso');
    const b = await fresh('t_iso');
    await b.sql`create table secrets (id int primary key, value text)`;
    await b.sql`insert into secrets values (1, 'b-only')`;
    await expect(b.sql.unsafe(`select value from "${b.schema}".secrets`)).resolves.toHaveLength(1);
    await expect(a.sql.unsafe(`select value from "${b.schema}".secrets`)).rejects.toMatchObject({
      code: '42501',
      message: expect.stringContaining('permission denied'),
    });
    await expect(a.sql.unsafe(`create table "${b.schema}".intruder (id int)`)).rejects.toMatchObject({ code: '42501' });
    await expect(a.sql`create table public.leak (id int)`).rejects.toMatchObject({ code: '42501' });
  });

  it('is idempotent and connects with the schema as search_path', async () => {
    const { schema } = await fresh('t_iso');
    // Provisioning again (e.g. a restart with a rotated password) keeps the schema and resets the login.
    const password = randomBytes(12).toString('hex');
    const url = await provisionServiceDatabase({ adminUrl: adminUrl!, schema, password });
    const again = connect({ url, schema, max: 1 });
    try {
      const [row] = await again<{ path: string; who: string }[]>`select current_schema() as path, current_user as who`;
      expect(row).toEqual({ path: schema, who: `svc_${schema}` });
      await again`create table t (id int)`;
      const found =
        await again`select relnamespace::regnamespace::text as ns from pg_class where relname = 't' and relkind = 'r'`;
      expect(found.map((r) => r.ns)).toContain(schema);
    } finally {
      await again.end();
    }
  });
});
