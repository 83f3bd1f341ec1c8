import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import type { Cause } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import { connect, type Sql } from '@playbook/db/client';
import { migrate } from '@playbook/db/migrate';
import { dropServiceDatabase, provisionServiceDatabase } from '@playbook/db/provision';
import { busMigrations } from './migrations.ts';

// Test support, self-contained (no @playbook/testing: it depends on this package). Fails, never skips, without infra.

/** A fresh schema with the bus tables and an `effects` table; `debug` sees every statement sent. */
export async function testSchema(prefix: string, debug?: (query: string) => void) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl)
    throw new Error(
      'DATABASE_URL is not set: source .playbook/env (npm run infra -- up) before running the bus-postgres tests',
    );
  const schema = `${prefix}_${randomBytes(5).toString('hex')}`;
  const url = await provisionServiceDatabase({ adminUrl, schema, password: randomBytes(12).toString('hex') });
  const sql: Sql = debug
    ? postgres(url, { max: 4, onnotice: () => {}, connection: { search_path: schema }, debug: (_c, q) => debug(q) })
    : connect({ url, schema, max: 4 });
  await migrate(sql, schema, await busMigrations());
  await sql`create table effects (id serial primary key, what text not null)`;
  return {
    sql,
    schema,
    async drop() {
      await sql.end();
      await dropServiceDatabase(adminUrl, schema);
    },
  };
}

export const options = {
  producer: { module: 'testkit', connector: null, version: 'test' },
  namespace: 'store-test',
};
export const cause = (key: string): Cause => ({
  correlationId: `corr-${key}`,
  causationId: null,
  actor: { kind: 'system', id: 'test', displayName: null },
  messageIdFor: (type, index) => commandMessageId('testkit', key, type, index),
});
export const probe = (key: string, sequence: number) => ({
  type: 'testkit.ProbeRecorded' as const,
  key,
  scope: { orgId: 'o-1' },
  payload: { probeId: key, sequence, sentAtMs: 0, note: null },
});
