import { randomUUID } from 'node:crypto';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import { kitEnv, parseEnv, type KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { mintToken, type Principal } from '@playbook/service-kit/tokens';
import { createLogger } from '@playbook/telemetry/logger';
import { freshNamespace, unregisterNamespace } from '@playbook/testing/infra';
import postgres from 'postgres';

export const JWT_SECRET = 'spend-test-secret-xx-of-at-least-32-chars!';

/** One isolated world per test file: its own topic namespace, schemas and roles, dropped afterwards. */
export async function createWorld(prefix: string) {
  const namespace = await freshNamespace(prefix);
  const env: KitEnv = parseEnv(kitEnv, {
    ...process.env, AUTH_JWT_SECRET: JWT_SECRET, BUS_NAMESPACE: namespace, BUS_RETRY_BASE_MS: '20', BUS_MAX_ATTEMPTS: '3',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'test',
  });
  const services: Service[] = [];
  const schemas: string[] = [];
  const admin = postgres(env.DATABASE_URL, { max: 2, onnotice: () => {} });
  return {
    namespace, env, admin,
    async start(definition: ServiceDefinition): Promise<Service> {
      const schema = `${definition.name}_${namespace.replaceAll('-', '_')}`;
      if (!schemas.includes(schema)) schemas.push(schema);
      const service = createService(definition, env, { schema, log: createLogger(definition.name, env.LOG_LEVEL) });
      await service.start();
      services.push(service);
      return service;
    },
    token: async (principal: Principal) => `Bearer ${await mintToken(principal, JWT_SECRET)}`,
    async dispose() {
      for (const service of services.reverse()) await service.stop().catch(() => {});
      for (const schema of schemas) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where usename = ${`svc_${schema}`}`;
        await admin.unsafe(`drop schema if exists "${schema}" cascade`);
        await admin.unsafe(`drop owned by "svc_${schema}"; drop role if exists "svc_${schema}"`).catch(() => {});
      }
      await admin.end();
      await unregisterNamespace(namespace).catch(() => {});
    },
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;

/**
 * Publishes a fact as if `service` (e.g. a stand-in named `events`) had: through its outbox and
 * relay onto the real topic, with a fresh message id.
 */
export async function publishThrough<T extends EventType>(service: Service, input: EventInput<T>, actorId = 'someone'): Promise<string> {
  const key = randomUUID();
  let messageId = '';
  await service.sql().begin(async (tx) => {
    const publisher = service.bus().uow.publisher(tx, {
      correlationId: randomUUID(), causationId: null, actor: { kind: 'user', id: actorId, displayName: null },
      messageIdFor: (type, index) => commandMessageId(service.name, key, type, index),
    });
    messageId = (await publisher.publish(input)).messageId;
  });
  return messageId;
}

/** Response bodies are whatever the service said: read them loosely, assert on them strictly. */
export const body = (response: Response): Promise<any> => response.json();
