import postgres from 'postgres';

/** Tables whose rows move by themselves (the relay's lease) or are judged by count instead (the outbox). */
const MOVING = new Set(['outbox', 'relay_leases', 'outbox_relay_lease', 'schema_migrations']);

/**
 * A fingerprint of every module's database: per table, an md5 of its rows in order, and each outbox's
 * row count. Two equal snapshots around a request mean it changed nothing and published nothing —
 * the audit trail (activity's own tables) included.
 */
export function stateSnapshots(
  databaseUrl: string,
  schemas: string[],
  /** When given, settled also waits until every consumer has handled everything on its topics. */
  caughtUp?: () => Promise<boolean>,
) {
  const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const queries = new Map<string, Promise<string>>();

  async function build(only: string[]): Promise<string> {
    const tables = await db<{ schema: string; name: string }[]>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema = any(${only}) and table_type = 'BASE TABLE' order by 1, 2`;
    const parts = tables
      .filter((t) => !MOVING.has(t.name) || t.name === 'outbox')
      .map(({ schema, name }) => {
        const table = `"${schema}"."${name}"`;
        return name === 'outbox'
          ? `select '${schema}.outbox' as t, count(*) || '/' || count(*) filter (where published_at is null) as h from ${table}`
          : `select '${schema}.${name}' as t, coalesce(md5(string_agg(x::text, '|' order by x::text)), '-') as h from ${table} x`;
      });
    return parts.join(' union all ');
  }

  return {
    /**
     * Every module's tables, or only those of the `only` schemas: a request to one module can write
     * nowhere else (its role owns its schema alone, and its events wait in its own outbox), and each
     * table costs ~1 ms to open here, whether it holds rows or not (150 tables: 150–200 ms).
     */
    async take(only: string[] = schemas): Promise<Map<string, string>> {
      const key = only.join(',');
      let query = queries.get(key);
      if (!query) {
        query = build(only);
        queries.set(key, query);
      }
      const rows = await db.unsafe<{ t: string; h: string }[]>(await query);
      return new Map(rows.map((r) => [r.t, r.h]));
    },
    /**
     * Waits until every outbox is relayed, every consumer caught up (when told how to ask) and two
     * snapshots taken so, a moment apart, agree: whatever earlier requests caused (relayed events, the
     * consumers' projections of them) has settled. Consumer lag is asked, not guessed from quiet: a
     * consumer slowed by a loaded machine can hold an event for longer than any quiet spell.
     */
    async settled(): Promise<Map<string, string>> {
      let last: Map<string, string> | undefined;
      for (let i = 0; i < 100; i++) {
        const next = await this.take();
        const relayed = [...next].every(([t, h]) => !t.endsWith('.outbox') || h.endsWith('/0'));
        const quiet = relayed && (!caughtUp || (await caughtUp()));
        if (quiet && last && differences(last, next).length === 0) return next;
        last = quiet ? next : undefined;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the modules did not settle within 100 checks');
    },
    end: () => db.end(),
  };
}

/** The tables of `after` (all, or one module's) whose fingerprint is not the one in `before`. */
export function differences(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((table) => before.get(table) !== after.get(table));
}
