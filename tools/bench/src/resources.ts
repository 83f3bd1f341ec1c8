import { randomBytes } from 'node:crypto';
import { busMigrations } from '@playbook/bus-postgres/migrations';
import { connect, type Sql } from '@playbook/db/client';
import { migrate } from '@playbook/db/migrate';
import { dropServiceDatabase, provisionServiceDatabase } from '@playbook/db/provision';
import type { InfraEnv } from '@playbook/testing/infra';
import { ensureTopics } from '@playbook/bus-kafka/topics';
import type { Admin, Kafka } from 'kafkajs';
import type { Cleanup } from './cleanup.ts';

/**
 * Per-run resources (topics, a service schema + role), each created with its
 * undo step registered on `cleanup` right away.
 */

/** Connects an admin client for `work` and always disconnects it afterwards. */
async function withAdmin<T>(kafka: Kafka, work: (admin: Admin) => Promise<T>): Promise<T> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.disconnect();
  }
}

/** Creates topics up front (so partition count is known); cleanup deletes every topic under `prefix`. */
export async function freshTopics(
  kafka: Kafka,
  topics: string[],
  partitions: number,
  prefix: string,
  cleanup: Cleanup,
): Promise<void> {
  await withAdmin(kafka, async (admin) => {
    deleteTopicsOnCleanup(kafka, prefix, cleanup);
    await ensureTopics(admin, topics, { numPartitions: partitions });
  });
}

/** Cleanup deletes every topic whose name starts with `prefix` (including ones created by others, e.g. services and DLQs). */
export function deleteTopicsOnCleanup(kafka: Kafka, prefix: string, cleanup: Cleanup): void {
  cleanup.add(`kafka topics ${prefix}*`, () =>
    withAdmin(kafka, async (admin) => {
      const ours = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
      if (ours.length > 0) await admin.deleteTopics({ topics: ours, timeout: 10_000 });
    }),
  );
}

/** Cleanup deletes every consumer group whose id starts with `prefix` (after their consumers have left). */
export function deleteGroupsByPrefixOnCleanup(kafka: Kafka, prefix: string, cleanup: Cleanup): void {
  cleanup.add(`consumer groups ${prefix}*`, () =>
    withAdmin(kafka, async (admin) => {
      const ours = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(prefix));
      if (ours.length > 0) await admin.deleteGroups(ours);
    }),
  );
}

/** Cleanup drops a schema and its role `svc_<schema>`, e.g. one a service provisioned for itself. */
export function dropDatabaseOnCleanup(env: InfraEnv, schema: string, cleanup: Cleanup): void {
  cleanup.add(`database schema ${schema} and its role`, () => dropServiceDatabase(env.databaseUrl, schema));
}

/** Cleanup deletes the consumer groups (after their consumers have left). */
export function deleteGroupsOnCleanup(kafka: Kafka, groups: string[], cleanup: Cleanup): void {
  cleanup.add(`consumer groups ${groups.join(', ')}`, () => withAdmin(kafka, (admin) => admin.deleteGroups(groups)));
}

export interface BenchDatabase {
  url: string;
  schema: string;
  /** A pool connected as the service role; cleanup ends it. */
  pool(max: number, name: string): Sql;
}

/** A service schema + role like a real service's, with the bus migrations (outbox, inbox) applied. */
export async function freshDatabase(env: InfraEnv, schema: string, cleanup: Cleanup): Promise<BenchDatabase> {
  dropDatabaseOnCleanup(env, schema, cleanup);
  const url = await provisionServiceDatabase({
    adminUrl: env.databaseUrl,
    schema,
    password: randomBytes(12).toString('hex'),
  });
  const pool = (max: number, name: string) => {
    const sql = connect({ url, schema, max, applicationName: `${schema}:${name}` });
    cleanup.add(`pool ${name}`, () => sql.end({ timeout: 5 }));
    return sql;
  };
  const sql = connect({ url, schema, max: 1 });
  try {
    await migrate(sql, schema, await busMigrations());
  } finally {
    await sql.end({ timeout: 5 });
  }
  return { url, schema, pool };
}
