import { CONNECTORS, type ConnectorSystem, SERVICES, type ServiceName } from '@playbook/launcher/modules';
import { startLayout } from '@playbook/launcher/layout';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo, type Demo } from '@playbook/launcher/demo';
import { send, type ApiCall } from '@playbook/launcher/http-client';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { schemaNameOf } from '@playbook/service-kit/service';
import { dropModuleSchema, removeNamespace } from '@playbook/testing/cleanup';
import { freshNamespace } from '@playbook/testing/infra';
import { freePorts } from '@playbook/testing/ports';
import postgres from 'postgres';
import { JWT_SECRET } from './harness.ts';

/** `mixed`: the `promote`d modules in their own processes, the rest in this one (the launcher's --promote). */
export type Mode = 'modulith' | 'processes' | 'mixed';
/** Every module the launcher knows, connectors included: the demo seed reaches all of them. */
const MODULES: ServiceName[] = SERVICES.map((m) => m.name);

/**
 * The services of the slice (every module), isolated for one test file: a fresh topic namespace, a schema
 * per module named after it, ports of their own; seeded with the demo organization over HTTP.
 */
export async function startSlice(
  mode: Mode,
  options: {
    otlpEndpoint?: string;
    zipkinEndpoint?: string;
    promote?: ServiceName[];
    env?: Record<string, string>;
  } = {},
) {
  const namespace = await freshNamespace(`slice-${mode}`);
  const schemaOf = (name: string) => `${schemaNameOf(name)}_${namespace.replaceAll('-', '_')}`;
  const free = await freePorts(MODULES.length + CONNECTORS.length);
  const ports = Object.fromEntries(MODULES.map((name, i) => [name, free[i]!])) as Record<ServiceName, number>;
  const sandboxPorts = Object.fromEntries(CONNECTORS.map((c, i) => [c.system, free[MODULES.length + i]!])) as Record<
    ConnectorSystem,
    number
  >;
  const raw: Record<string, string | undefined> = {
    ...process.env,
    AUTH_JWT_SECRET: JWT_SECRET,
    BUS_NAMESPACE: namespace,
    BUS_RETRY_BASE_MS: '50',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    NODE_ENV: 'test',
    ...(options.otlpEndpoint
      ? { OTEL_EXPORTER_OTLP_ENDPOINT: options.otlpEndpoint, OTEL_BSP_SCHEDULE_DELAY: '100' }
      : {}),
    ...(options.zipkinEndpoint
      ? { OTEL_EXPORTER_ZIPKIN_ENDPOINT: options.zipkinEndpoint, OTEL_BSP_SCHEDULE_DELAY: '100' }
      : {}),
    ...options.env,
  };
  const running = await startLayout(
    {
      mode: mode === 'processes' ? 'processes' : 'modulith',
      promoted: mode === 'mixed' ? (options.promote ?? []) : [],
    },
    parseEnv(kitEnv, raw),
    {
      source: { ...raw, PLAYBOOK_BOOTSTRAP_ADMIN: DEMO_ADMIN_BOOTSTRAP },
      ports,
      sandboxPorts,
      quiet: true,
      serviceOptions: (name) => ({ schema: schemaOf(name) }),
      envFor: (name) => ({ DB_SCHEMA: schemaOf(name) }),
    },
  );
  const { modulith } = running;
  const demo: Demo = await seedDemo({
    url: (name) => running.url(name),
    secret: JWT_SECRET,
    directory: modulith?.modules.some((m) => m.name === 'directory') ? modulith.service('directory') : undefined,
    bus: { brokers: process.env.KAFKA_BROKERS!.split(','), namespace },
    sandboxes: running.sandboxes,
  });
  const admin = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });

  return {
    namespace,
    /** Every module's own database schema. */
    schemas: MODULES.map(schemaOf),
    /** One module's own database schema. */
    schemaOf,
    demo,
    modulith,
    ports,
    sandboxes: running.sandboxes,
    url: (name: ServiceName) => running.url(name),
    /** Reads a module's own schema directly: for assertions only, never for behaviour. */
    query: <T extends object>(name: ServiceName, sql: string, params: unknown[] = []) =>
      admin.unsafe<T[]>(sql.replaceAll('{schema}', `"${schemaOf(name)}"`), params as never[]),
    async dispose() {
      await running.stop();
      await admin.end();
      for (const name of MODULES) await dropModuleSchema(schemaOf(name));
      // A member whose leave went to a coordinator that moved (a broker stopped in a fault test).
      await removeNamespace(namespace, { membersLeavingMs: 60_000 });
    },
  };
}
export type Slice = Awaited<ReturnType<typeof startSlice>>;

/** One HTTP call as a person would make it: the launcher's demo client, with the tests' argument names. */
export const http = (
  url: string,
  token: string,
  init: { method?: ApiCall['method']; body?: unknown; key?: string; correlationId?: string; traceparent?: string } = {},
) =>
  send(url, {
    token,
    method: init.method,
    body: init.body,
    idempotencyKey: init.key,
    correlationId: init.correlationId,
    traceparent: init.traceparent,
  });
