import { mintToken, type Principal } from '@playbook/service-kit/tokens';
import { kitEnv, parseEnv, type KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { createLogger } from '@playbook/telemetry/logger';
import postgres from 'postgres';
import { freshNamespace } from '@playbook/testing/infra';

export const JWT_SECRET = 'test-only-secret-of-at-least-32-characters!';

/** One isolated world per test file: its own topic namespace and its own schemas and roles. */
export async function createWorld(prefix: string) {
  const namespace = await freshNamespace(prefix);
  const env: KitEnv = parseEnv(kitEnv, {
    ...process.env,
    AUTH_JWT_SECRET: JWT_SECRET,
    BUS_NAMESPACE: namespace,
    BUS_RETRY_BASE_MS: '20',
    BUS_MAX_ATTEMPTS: '3',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
  });
  const services: Service[] = [];
  const schemas: string[] = [];
  const admin = postgres(env.DATABASE_URL, { max: 2, onnotice: () => {} });

  return {
    namespace,
    env,
    admin,
    async start(definition: ServiceDefinition): Promise<Service> {
      const schema = `${definition.name}_${namespace.replaceAll('-', '_')}`;
      schemas.push(schema);
      const service = createService(definition, env, {
        schema,
        log: createLogger(definition.name, env.LOG_LEVEL),
      });
      await service.start();
      services.push(service);
      return service;
    },
    token: (principal: Principal) => mintToken(principal, JWT_SECRET),
    async dispose() {
      for (const service of services.reverse()) await service.stop();
      for (const schema of schemas) {
        await admin.unsafe(`drop schema if exists "${schema}" cascade`);
        await admin.unsafe(`drop role if exists "svc_${schema}"`);
      }
      await admin.end();
    },
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/** Response bodies in tests are whatever the service said: read them loosely, assert on them strictly. */
export const json = (response: Response): Promise<any> => response.json();
