import { kitEnv, parseEnv, type KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { mintToken, type Principal } from '@playbook/service-kit/tokens';
import { createLogger } from '@playbook/telemetry/logger';
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
      for (const service of services.reverse()) await service.stop().catch(() => {});
      for (const schema of schemas) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${`svc_${schema}`}`;
        await admin.unsafe(`drop schema if exists "${schema}" cascade`);
        await admin.unsafe(`drop owned by "svc_${schema}"`).catch(() => {});
        await admin.unsafe(`drop role if exists "svc_${schema}"`);
      }
      await admin.end();
      await removeNamespace(namespace);
    },
  };
}
export type TestWorld = Awaited<ReturnType<typeof createTestWorld>>;
