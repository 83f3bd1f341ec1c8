import { createRoute, z } from '@hono/zod-openapi';
import type { EventType } from '@playbook/bus/envelope';
import { command } from '@playbook/service-kit/command';
import { kitEnv, parseEnv, type KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { mintToken, type Principal } from '@playbook/service-kit/tokens';
import { freshNamespace, unregisterNamespace } from '@playbook/testing/infra';
import postgres from 'postgres';

export const JWT_SECRET = 'test-only-secret-of-at-least-32-characters!';

/** One isolated world per test file: its own topic namespace, schemas and roles, dropped afterwards. */
export async function createTestWorld(prefix: string) {
  const namespace = await freshNamespace(prefix);
  const env: KitEnv = parseEnv(kitEnv, {
    ...process.env, AUTH_JWT_SECRET: JWT_SECRET, BUS_NAMESPACE: namespace, NODE_ENV: 'test',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', BUS_RETRY_BASE_MS: '20', BUS_MAX_ATTEMPTS: '3',
  });
  const services: Service[] = [];
  const schemas: string[] = [];
  const admin = postgres(env.DATABASE_URL, { max: 1, onnotice: () => {} });
  return {
    namespace,
    env,
    async start(definition: ServiceDefinition, schemaPrefix = definition.name): Promise<Service> {
      const schema = `${schemaPrefix}_${namespace.replaceAll('-', '_')}`;
      schemas.push(schema);
      const service = createService(definition, env, { schema });
      services.push(service);
      await service.start();
      return service;
    },
    token: async (principal: Principal) => `Bearer ${await mintToken(principal, JWT_SECRET)}`,
    async dispose() {
      for (const service of services.reverse()) await service.stop().catch(() => {});
      for (const schema of schemas) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${`svc_${schema}`}`;
        await admin.unsafe(`drop schema if exists "${schema}" cascade`);
        await admin.unsafe(`drop owned by "svc_${schema}"`).catch(() => {});
        await admin.unsafe(`drop role if exists "svc_${schema}"`);
      }
      await admin.end();
      await unregisterNamespace(namespace);
    },
  };
}
export type TestWorld = Awaited<ReturnType<typeof createTestWorld>>;

const emitRoute = createRoute({
  method: 'post', path: '/emit',
  request: { body: { required: true, content: { 'application/json': { schema: z.object({
    type: z.string(), key: z.string(), payload: z.record(z.string(), z.unknown()), occurredAt: z.int().optional(),
    scope: z.object({ orgId: z.string(), clientId: z.string().nullish(), eventId: z.string().nullish() }),
  }) } } } },
  responses: { 201: { description: 'The envelope written to the outbox' } },
});

/**
 * A test-only stand-in for another module (named like it, so it publishes on its topic): POST /emit
 * publishes one event through the outbox as the calling user, with the request's correlation id.
 */
export function emitter(module: string): ServiceDefinition {
  return {
    name: module,
    routes: (app) => {
      app.openapi(emitRoute, async (c) => {
        const input = c.req.valid('json');
        return command(c, async ({ publisher }) => {
          const envelope = await publisher.publish({
            type: input.type as EventType, key: input.key, scope: input.scope, payload: input.payload as never,
            ...(input.occurredAt === undefined ? {} : { occurredAt: input.occurredAt }),
          });
          return { status: 201 as const, body: envelope };
        });
      });
    },
  };
}

export const emit = (service: Service, token: string, event: { type: string; key: string; scope: object; payload: object; occurredAt?: number }, headers: Record<string, string> = {}) =>
  service.app.request('/emit', { method: 'POST', headers: { authorization: token, 'content-type': 'application/json', ...headers }, body: JSON.stringify(event) });

/** Response bodies are whatever the service said: read them loosely, assert on them strictly. */
export const json = (response: Response): Promise<any> => response.json();
