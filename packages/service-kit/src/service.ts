import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Subscription, UnitOfWork } from '@playbook/bus/handler';
import { busMigrations } from '@playbook/bus-postgres/migrations';
import { connect, type Sql, type Tx } from '@playbook/db/client';
import { loadMigrations, migrate, type Migration } from '@playbook/db/migrate';
import { provisionServiceDatabase } from '@playbook/db/provision';
import { metered } from '@playbook/telemetry/cost-meter';
import { reactionDelay } from '@playbook/telemetry/metrics';
import { createLogger, type Logger } from '@playbook/telemetry/logger';
import { releaseProcessMetrics } from '@playbook/telemetry/module-metrics';
import { runAsModule } from '@playbook/telemetry/module-scope';
import { initTelemetry } from '@playbook/telemetry/tracing';
import type { SpanProcessor } from '@opentelemetry/sdk-trace';
import { busContractOf } from './asyncapi/bus-contract.ts';
import { asyncApiDocument } from './asyncapi/document.ts';
import { accessSubscriptions } from './auth/access-subscriptions.ts';
import { startBus, type BusRuntime } from './bus-runtime.ts';
import type { KitEnv } from './env.ts';
import type { App } from './http/app-env.ts';
import { buildApp } from './http/app.ts';

export interface ServiceDefinition {
  /** The module name: its topic `playbook.<name>.v1`, its consumer group, its default schema. */
  name: string;
  title?: string;
  /** What the module owns, in a sentence (the domain catalog and the AsyncAPI document show it). */
  description?: string;
  /** Where its records live in the scope tree, e.g. 'event' or 'client (MSAs), event (SOWs)'. */
  scope?: string;
  /** The aggregates it owns, e.g. ['PurchaseOrder']. */
  aggregates?: string[];
  routes?: (app: App) => void;
  subscriptions?: Subscription<Tx>[];
  /** The module's own migrations, applied after the bus and kit tables. */
  migrations?: () => Promise<Migration[]>;
  /** Background loops (schedulers, escalators) started after the bus and stopped before it. */
  workers?: Array<(context: WorkerContext) => Worker>;
}

export interface WorkerContext {
  sql: Sql;
  uow: UnitOfWork<Tx>;
  log: Logger;
}

export interface Worker {
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Overrides the schema (and role) name, e.g. to run two instances side by side in a test. */
  schema?: string;
  spanProcessors?: SpanProcessor[];
  log?: Logger;
}

export interface Service {
  name: string;
  app: App;
  log: Logger;
  /** Provisions, migrates, connects the bus; with `listen`, serves HTTP on env PORT (0 = any). */
  start(options?: { listen?: boolean }): Promise<{ url?: string }>;
  stop(): Promise<void>;
  sql(): Sql;
  bus(): BusRuntime;
}

const kitMigrations = () => loadMigrations(fileURLToPath(new URL('../migrations', import.meta.url)), 'kit');

export function createService(definition: ServiceDefinition, env: KitEnv, options: ServiceOptions = {}): Service {
  // A connector module is named `integrations.<system>` (its topic); its schema and role use `_` for `.`.
  const schema = options.schema ?? env.DB_SCHEMA ?? schemaNameOf(definition.name);
  const log = options.log ?? createLogger(definition.name, env.LOG_LEVEL);
  initTelemetry({
    serviceName: definition.name,
    serviceVersion: env.SERVICE_VERSION,
    otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT,
    zipkinEndpoint: env.OTEL_EXPORTER_ZIPKIN_ENDPOINT,
    spanProcessors: options.spanProcessors ?? [],
  });
  let sql: Sql | undefined;
  let bus: BusRuntime | undefined;
  let server: ServerType | undefined;
  let workers: Worker[] = [];

  const app = buildApp(
    {
      service: definition.name,
      title: definition.title ?? `The Playbook — ${definition.name}`,
      version: env.SERVICE_VERSION,
      log,
      jwtSecret: env.AUTH_JWT_SECRET,
      production: env.NODE_ENV === 'production',
      asyncApi: () =>
        asyncApiDocument(busContractOf(definition), {
          title: `${definition.title ?? `The Playbook — ${definition.name}`} (events)`,
          version: env.SERVICE_VERSION,
          description: definition.description,
          namespace: env.BUS_NAMESPACE,
          brokers: env.KAFKA_BROKERS,
          schemaRegistryUrl: env.SCHEMA_REGISTRY_URL,
        }),
      runtime: () => (sql && bus ? { sql, uow: bus.uow } : undefined),
      readiness: {
        database: async () => void (await sql!`select 1`),
        kafka: async () => void (await bus!.admin.describeCluster()),
      },
    },
    definition.routes ?? (() => {}),
  );

  async function start(listen: boolean): Promise<{ url?: string }> {
    const url = env.DB_PROVISION
      ? await provisionServiceDatabase({
          adminUrl: env.DATABASE_URL,
          schema,
          password: env.DB_SERVICE_PASSWORD ?? `playbook-${schema}-local`,
        })
      : env.DATABASE_URL;
    sql = connect({ url, schema, max: env.DB_POOL_MAX, applicationName: definition.name });
    const own = definition.migrations ? await definition.migrations() : [];
    await migrate(sql, schema, [...(await busMigrations()), ...(await kitMigrations()), ...own]);
    bus = await startBus({
      service: definition.name,
      schema,
      version: env.SERVICE_VERSION,
      env,
      sql,
      log,
      subscriptions: [...accessSubscriptions, ...(definition.subscriptions ?? [])].map((s) =>
        meteredSubscription(s, definition.name),
      ),
    });
    workers = (definition.workers ?? []).map((start) => start({ sql: sql!, uow: bus!.uow, log }));
    if (!listen) return {};
    const port = await new Promise<number>((resolve) => {
      server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => resolve(info.port));
    });
    log.info({ port }, `${definition.name} listening`);
    return { url: `http://${env.HOST}:${port}` };
  }

  return {
    name: definition.name,
    app,
    log,
    // Everything started here (the relay loop, the consumer, the HTTP server) runs as this module,
    // so its spans carry its service.name even when other modules share the process.
    start: ({ listen = false } = {}) => runAsModule(definition.name, () => start(listen)),
    /** Graceful: stop taking requests, finish and commit consumed messages, flush the outbox relay, close the pool. */
    async stop() {
      // close() waits for every open connection; idle keep-alive ones would hold it for seconds.
      await new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      server = undefined;
      await Promise.all(workers.map((w) => w.stop()));
      workers = [];
      await bus?.stop();
      bus = undefined;
      await sql?.end({ timeout: 5 });
      sql = undefined;
      releaseProcessMetrics(definition.name);
    },
    sql: () => sql ?? raise('not started'),
    bus: () => bus ?? raise('not started'),
  };
}

/** The PostgreSQL schema (and role suffix) of a module: its name with `.` as `_`. */
export const schemaNameOf = (module: string) => module.replaceAll('.', '_');

function raise(message: string): never {
  throw new Error(message);
}

/**
 * Each consumed message is one unit of work for the cost meter: what its events report in
 * `diagnostics` (elapsed, database round trips) and the reaction that produced them in `rules`.
 */
function meteredSubscription(subscription: Subscription<Tx>, service: string): Subscription<Tx> {
  return {
    ...subscription,
    handle: (envelope, ctx) => {
      if (envelope.occurredAt) {
        const labels = { service, consumer: subscription.name, type: envelope.type };
        reactionDelay.observe(labels, Math.max(0, Date.now() - envelope.occurredAt) / 1000);
      }
      return metered(
        () => subscription.handle(envelope, ctx),
        [{ name: 'reaction', parameters: { consumer: subscription.name, cause: envelope.type } }],
      );
    },
  };
}
