import { kitEnv, parseEnv, type KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { mintToken, type Principal } from '@playbook/service-kit/tokens';
import { freshNamespace, unregisterNamespace } from '@playbook/testing/infra';
import postgres from 'postgres';

export const JWT_SECRET = 'events-test-secret-xx-of-at-least-32-chars';

/** One isolated world per test file: its own topic namespace, schemas and roles, dropped afterwards. */
export async function createWorld(prefix: string) {
  const namespace = await freshNamespace(prefix);
  const env: KitEnv = parseEnv(kitEnv, {
    ...process.env,
    AUTH_JWT_SECRET: JWT_SECRET,
    BUS_NAMESPACE: namespace,
    BUS_RETRY_BASE_MS: '20',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
  });
  const services: Service[] = [];
  const schemas: string[] = [];
  return {
    namespace,
    env,
    async start(definition: ServiceDefinition): Promise<Service> {
      const schema = `${definition.name}_${namespace.replaceAll('-', '_')}`;
      schemas.push(schema);
      const service = createService(definition, env, { schema });
      await service.start();
      services.push(service);
      return service;
    },
    bearer: async (principal: Principal) => `Bearer ${await mintToken(principal, JWT_SECRET)}`,
    async dispose() {
      for (const service of services.reverse()) await service.stop();
      const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
      try {
        for (const schema of schemas) {
          await admin`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${`svc_${schema}`}`;
          await admin.unsafe(`drop schema if exists "${schema}" cascade`);
          const [role] = await admin`select 1 from pg_roles where rolname = ${`svc_${schema}`}`;
          if (role) await admin.unsafe(`drop owned by "svc_${schema}"; drop role "svc_${schema}"`);
        }
      } finally {
        await admin.end();
      }
      await unregisterNamespace(namespace);
    },
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/** Response bodies are whatever the service said: read them loosely, assert on them strictly. */
export const json = (response: Response): Promise<any> => response.json();

export function client(service: Service, authorization: string) {
  const send = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    service.app.request(path, {
      method,
      headers: { authorization, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  return {
    get: (path: string) => send('GET', path),
    post: (path: string, body: unknown = {}, headers?: Record<string, string>) => send('POST', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => send('PATCH', path, body, headers),
    delete: (path: string) => send('DELETE', path),
  };
}

/** The outbox rows of a service, oldest first: what it published (type, key, scope, payload). */
export async function outbox(service: Service, where: { type?: string; key?: string } = {}) {
  const rows = await service.sql()<{ type: string; key: string; payload: any }[]>`
    select type, key, payload from outbox
    where (${where.type ?? null}::text is null or type = ${where.type ?? null})
      and (${where.key ?? null}::text is null or key = ${where.key ?? null})
    order by seq`;
  return rows.map((r) => ({ type: r.type, key: r.key, scope: r.payload.scope, payload: r.payload.payload, envelope: r.payload }));
}
