import { randomBytes } from 'node:crypto';
import { busMigrations } from '@playbook/bus-postgres/migrations';
import { allEvents } from '@playbook/contracts/catalog';
import { registerAll, subjectOf } from '@playbook/contracts/registry';
import { connect, type Sql } from '@playbook/db/client';
import { migrate, type Migration } from '@playbook/db/migrate';
import { dropServiceDatabase, provisionServiceDatabase } from '@playbook/db/provision';

export interface InfraEnv {
  databaseUrl: string;
  kafkaBrokers: string[];
  registryUrl: string;
}

/**
 * The real infrastructure integration tests run against. Missing env is an error, never a skip:
 * a suite that silently skips without infrastructure proves nothing.
 */
export function requireInfraEnv(): InfraEnv {
  const { DATABASE_URL, KAFKA_BROKERS, SCHEMA_REGISTRY_URL } = process.env;
  const missing = Object.entries({ DATABASE_URL, KAFKA_BROKERS, SCHEMA_REGISTRY_URL })
    .filter(([, v]) => !v)
    .map(([k]) => k);
  if (missing.length > 0) {
    throw new Error(
      `integration tests need real infrastructure, but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not set: ` +
        'run `npm run infra -- up` and `set -a; . .playbook/env; set +a` (or run the suite with `npm test`)',
    );
  }
  return {
    databaseUrl: DATABASE_URL!,
    kafkaBrokers: KAFKA_BROKERS!
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    registryUrl: SCHEMA_REGISTRY_URL!,
  };
}

const random = (bytes = 5) => randomBytes(bytes).toString('hex');
const slug = (s: string, sep: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, sep)
    .replace(new RegExp(`^${sep}+|${sep}+$`, 'g'), '')
    .slice(0, 20);

/**
 * A fresh topic namespace (`[a-z0-9-]`, e.g. `relay-3f9a1c02bd`), so runs never see each other's
 * messages. TEST_NAMESPACE_TAG (up to 6 of `[a-z0-9]`) leads every namespace of a run, telling it
 * apart from other runs on a shared broker (`npm run leftovers` shows what each left).
 */
export function uniqueNamespace(prefix = 't'): string {
  const tag = process.env.TEST_NAMESPACE_TAG;
  if (tag && !/^[a-z0-9]{1,6}$/.test(tag))
    throw new Error(`TEST_NAMESPACE_TAG must be 1 to 6 of [a-z0-9], not "${tag}"`);
  return `${tag ? `${tag}-` : ''}${slug(prefix, '-') || 't'}-${random()}`;
}

let baseSchemas: Promise<void> | undefined;

/**
 * Makes sure the base subjects (`playbook.<module>.v1-<record>`) exist, which every namespace's
 * producers look their schema ids up under (see bus-kafka's serde): one GET when `npm test` or
 * `npm start` has registered them, a registration of every schema when not (a first run of
 * vitest after `npm run infra -- up`). A schema edited since is not re-registered here: its
 * producer fails naming the subject and `npm run schemas:register`.
 */
export function ensureBaseSchemas(): Promise<void> {
  baseSchemas ??= registerBaseSchemasIfMissing().catch((error: unknown) => {
    baseSchemas = undefined;
    throw error;
  });
  return baseSchemas;
}

async function registerBaseSchemasIfMissing(): Promise<void> {
  const { registryUrl } = requireInfraEnv();
  const response = await fetch(`${registryUrl.replace(/\/+$/, '')}/subjects`);
  if (!response.ok) throw new Error(`ensureBaseSchemas: GET /subjects answered ${response.status}`);
  const present = new Set((await response.json()) as string[]);
  if (allEvents().every((descriptor) => present.has(subjectOf(descriptor)))) return;
  await registerAll({ registryUrl });
}

/** Deletes the namespace's subjects from the registry (soft, then permanently): test clean-up. */
export async function unregisterNamespace(namespace: string): Promise<void> {
  const base = requireInfraEnv().registryUrl.replace(/\/+$/, '');
  const response = await fetch(`${base}/subjects`);
  if (!response.ok) throw new Error(`unregisterNamespace: GET /subjects answered ${response.status}`);
  const subjects = ((await response.json()) as string[]).filter((s) => s.startsWith(`${namespace}.`));
  for (const subject of subjects) {
    const path = `${base}/subjects/${encodeURIComponent(subject)}`;
    await fetch(path, { method: 'DELETE' });
    await fetch(`${path}?permanent=true`, { method: 'DELETE' });
  }
}

/** `uniqueNamespace`, with the base schemas its producers need registered (`ensureBaseSchemas`). */
export async function freshNamespace(prefix = 't'): Promise<string> {
  await ensureBaseSchemas();
  return uniqueNamespace(prefix);
}

export interface ServiceDatabase {
  /** Connected as the service's own role, search_path = its schema. */
  sql: Sql;
  schema: string;
  /** The service role's URL, e.g. for a child process or `createService`. */
  url: string;
  /** Closes `sql`, ends the role's other sessions, drops the schema and the role. */
  drop(): Promise<void>;
}

/**
 * A fresh schema and role (`t_<name>_<random>`, role `svc_<schema>`) provisioned like a real
 * service's, with the bus migrations (outbox, inbox) applied, then `migrations` when given.
 */
export async function freshServiceDatabase(
  name = 'svc',
  options: { migrations?: Migration[]; max?: number } = {},
): Promise<ServiceDatabase> {
  const { databaseUrl } = requireInfraEnv();
  const schema = `t_${slug(name, '_') || 'svc'}_${random()}`;
  const url = await provisionServiceDatabase({ adminUrl: databaseUrl, schema, password: random(12) });
  const sql = connect({ url, schema, max: options.max ?? 10 });
  try {
    await migrate(sql, schema, [...(await busMigrations()), ...(options.migrations ?? [])]);
  } catch (error) {
    await sql.end();
    throw error;
  }
  let dropped = false;
  return {
    sql,
    schema,
    url,
    async drop() {
      if (dropped) return;
      dropped = true;
      await sql.end({ timeout: 5 });
      await dropServiceDatabase(databaseUrl, schema);
    },
  };
}
