import { kitEnv, parseEnv, type KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { mintToken, type Principal } from '@playbook/service-kit/tokens';
import { createLogger } from '@playbook/telemetry/logger';
import { dropServiceDatabase } from '@playbook/db/provision';
import { removeNamespace } from './cleanup.ts';
import { freshNamespace } from './infra.ts';
import postgres from 'postgres';

export const TEST_JWT_SECRET = 'test-only-secret-of-at-least-32-characters!';

/**
 * One isolated world per test file, on the real infrastructure: its own topic namespace (schemas
 * registered for it), a schema and role per service started in it — all dropped by dispose(), with
 * the namespace's topics, dead-letter topics, consumer groups and schema subjects.
 */
export async function createTestWorld(prefix: string, overrides: Record<string, string> = {}) {
  const namespace = await freshNamespace(prefix);
  const env: KitEnv = parseEnv(kitEnv, {
    ...process.env,
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    BUS_NAMESPACE: namespace,
    BUS_RETRY_BASE_MS: '20',
    BUS_MAX_ATTEMPTS: '3',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
    ...overrides,
  });
  const services: Service[] = [];
  const schemas: string[] = [];
  const admin = postgres(env.DATABASE_URL, { max: 2, onnotice: () => {} });
  const token = (principal: Principal) => mintToken(principal, TEST_JWT_SECRET);
  return {
    namespace,
    env,
    admin,
    /** Starts a service in this world; `schemaPrefix` tells apart two instances of one module. */
    async start(definition: ServiceDefinition, schemaPrefix = definition.name.replaceAll('.', '_')): Promise<Service> {
      const schema = `${schemaPrefix}_${namespace.replaceAll('-', '_')}`;
      if (!schemas.includes(schema)) schemas.push(schema);
      const service = createService(definition, env, { schema, log: createLogger(definition.name, env.LOG_LEVEL) });
      services.push(service);
      await service.start();
      return service;
    },
    /** A signed bearer token (the JWT alone). */
    token,
    /** The Authorization header value: `Bearer <token>`. */
    bearer: async (principal: Principal) => `Bearer ${await token(principal)}`,
    async dispose() {
      for (const service of services.reverse()) {
        await reportIfSlow(service.stop(), 30_000, () => sessionsOf(admin, service.name, schemas)).catch(() => {});
      }
      await admin.end();
      for (const schema of schemas) await dropServiceDatabase(env.DATABASE_URL, schema);
      await removeNamespace(namespace);
    },
  };
}
export type TestWorld = Awaited<ReturnType<typeof createTestWorld>>;

/** While `work` runs past `afterMs`, prints what `describe` finds, every `afterMs`: a stop that hangs says why. */
async function reportIfSlow<T>(work: Promise<T>, afterMs: number, describe: () => Promise<string>): Promise<T> {
  const started = Date.now();
  const timer = setInterval(() => {
    describe()
      .then((text) => console.error(`still waiting after ${Math.round((Date.now() - started) / 1000)} s: ${text}`))
      .catch(() => {});
  }, afterMs);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

/** The world's database sessions that are not idle: in a transaction, running, or waiting on a lock. */
async function sessionsOf(admin: postgres.Sql, service: string, schemas: string[]): Promise<string> {
  const rows = await admin<{ usename: string; state: string; wait: string | null; age: string; query: string }[]>`
    select usename, state, wait_event_type || ':' || wait_event as wait,
           (now() - coalesce(xact_start, state_change))::text as age, left(query, 200) as query
    from pg_stat_activity
    where usename = any(${schemas.map((s) => `svc_${s}`)}) and state <> 'idle'`;
  const lines = rows.map((r) => `  ${r.usename} ${r.state} ${r.wait ?? '-'} for ${r.age}: ${r.query}`);
  return `stopping ${service}; its world's sessions not idle: ${lines.length}\n${lines.join('\n')}`;
}
