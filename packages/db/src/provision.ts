import postgres from 'postgres';
import { identifier } from './client.ts';

export interface ProvisionOptions {
  /** A URL with rights to create roles and schemas (the cluster admin in development). */
  adminUrl: string;
  /** The service's schema name; the role is `svc_<schema>`. */
  schema: string;
  password: string;
  /**
   * Extensions the service's SQL uses (e.g. `pg_trgm`), created once per database in `public` by the
   * admin: even a trusted extension needs CREATE on the database, which a service role never gets.
   */
  extensions?: readonly string[];
}

/**
 * Makes the service's own schema and login role, owner of that schema and of nothing else, so
 * the database itself enforces "no module reads or writes another module's schema".
 * Returns the URL the service connects with. Idempotent.
 */
export async function provisionServiceDatabase(options: ProvisionOptions): Promise<string> {
  const role = `svc_${options.schema}`;
  const admin = postgres(options.adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${`provision:${role}`}))`;
      const [exists] = await tx`select 1 from pg_roles where rolname = ${role}`;
      const verb = exists ? 'alter' : 'create';
      await tx.unsafe(`${verb} role ${identifier(role)} login password '${options.password.replaceAll("'", "''")}'`);
      await tx.unsafe(`create schema if not exists ${identifier(options.schema)} authorization ${identifier(role)}`);
      await tx.unsafe(`alter schema ${identifier(options.schema)} owner to ${identifier(role)}`);
      for (const extension of options.extensions ?? []) {
        await tx`select pg_advisory_xact_lock(hashtext(${`extension:${extension}`}))`;
        await tx.unsafe(`create extension if not exists ${identifier(extension)} schema public`);
      }
    });
  } finally {
    await admin.end();
  }
  const url = new URL(options.adminUrl);
  url.username = role;
  url.password = options.password;
  return url.toString();
}

/**
 * The inverse of provisionServiceDatabase: ends the role's sessions, drops the schema with
 * everything in it, then what the role still owns elsewhere and the role. For tests, the bench
 * and chaos runs, which make a module's database per run. Idempotent.
 */
export async function dropServiceDatabase(adminUrl: string, schema: string): Promise<void> {
  const role = `svc_${schema}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${role}`;
    await admin`drop schema if exists ${admin(schema)} cascade`;
    const [exists] = await admin`select 1 from pg_roles where rolname = ${role}`;
    if (exists) {
      await admin`drop owned by ${admin(role)}`;
      await admin`drop role ${admin(role)}`;
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}
