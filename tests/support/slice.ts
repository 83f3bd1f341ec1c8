import { MODULES as ALL_MODULES, type ModuleName } from '@playbook/launcher/modules';
import { startLayout } from '@playbook/launcher/layout';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo, type Demo } from '@playbook/launcher/demo';
import { send, type ApiCall } from '@playbook/launcher/http-client';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { createService, type Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { removeNamespace } from '@playbook/testing/cleanup';
import { freshNamespace } from '@playbook/testing/infra';
import { freePorts } from '@playbook/testing/ports';
import postgres from 'postgres';
import { type SliceConnectors, startConnectors } from './connectors.ts';
import { JWT_SECRET } from './harness.ts';

/** `mixed`: the `promote`d modules in their own processes, the rest in this one (the launcher's --promote). */
export type Mode = 'modulith' | 'processes' | 'mixed';
/** Every module the launcher knows: the demo seed reaches all of them. */
const MODULES: ModuleName[] = ALL_MODULES.map((m) => m.name);

/**
 * The services of the slice (every module), isolated for one test file: a fresh topic namespace, a schema
 * per module named after it, ports of their own; seeded with the demo organization over HTTP.
 */
export async function startSlice(
  mode: Mode,
  options: {
    otlpEndpoint?: string;
    zipkinEndpoint?: string;
    promote?: ModuleName[];
    env?: Record<string, string>;
    /** Runs the Slack and NetSuite connectors too, against their sandboxes (flow 1's connector steps). */
    connectors?: boolean;
  } = {},
) {
  const namespace = await freshNamespace(`slice-${mode}`);
  const schemaOf = (name: string) => `${name}_${namespace.replaceAll('-', '_')}`;
  const free = await freePorts(MODULES.length);
  const ports = Object.fromEntries(MODULES.map((name, i) => [name, free[i]!])) as Record<ModuleName, number>;
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
      quiet: true,
      serviceOptions: (name) => ({ schema: schemaOf(name) }),
      envFor: (name) => ({ DB_SCHEMA: schemaOf(name) }),
    },
  );
  const { modulith } = running;
  const kit = parseEnv(kitEnv, raw);
  let connectors: SliceConnectors | undefined;
  try {
    connectors = options.connectors
      ? await startConnectors({ processes: mode === 'processes', kit, source: raw, schemaOf })
      : undefined;
  } catch (error) {
    await running.stop();
    throw error;
  }
  const demo: Demo = await seedDemo({
    url: (name) => running.url(name),
    secret: JWT_SECRET,
    directory: modulith?.modules.some((m) => m.name === 'directory') ? modulith.service('directory') : undefined,
    bus: { brokers: process.env.KAFKA_BROKERS!.split(','), namespace },
  });
  const admin = postgres(process.env.DATABASE_URL!, { max: 2, onnotice: () => {} });
  // The integrations module is not built yet: a stand-in asks NetSuite for its vendors, as a schedule would.
  const integrations = connectors
    ? createService({ name: 'integrations' }, kit, { schema: schemaOf('integrations') })
    : undefined;
  if (integrations) {
    await integrations.start();
    await syncNetSuiteVendors(integrations, demo, (sql, params) =>
      admin.unsafe(
        sql
          .replaceAll('{vendors}', `"${schemaOf('vendors')}"`)
          .replaceAll('{netsuite}', `"${schemaOf('integrations_netsuite')}"`),
        params as never[],
      ),
    );
  }
  const extraSchemas = connectors ? [...connectors.schemas, schemaOf('integrations')] : [];

  return {
    namespace,
    /** Every module's own database schema. */
    schemas: MODULES.map(schemaOf),
    demo,
    modulith,
    ports,
    /** The connectors and their sandboxes, when started with `connectors: true`. */
    connectors,
    url: (name: ModuleName) => running.url(name),
    /** Reads a module's own schema directly: for assertions only, never for behaviour. */
    query: <T extends object>(name: ModuleName, sql: string, params: unknown[] = []) =>
      admin.unsafe<T[]>(sql.replaceAll('{schema}', `"${schemaOf(name)}"`), params as never[]),
    async dispose() {
      await integrations?.stop();
      await connectors?.stop();
      await running.stop();
      for (const schema of extraSchemas) {
        await admin.unsafe(`drop schema if exists "${schema}" cascade`);
        await admin.unsafe(`drop role if exists "svc_${schema}"`);
      }
      for (const name of MODULES) {
        await admin.unsafe(`drop schema if exists "${schemaOf(name)}" cascade`);
        await admin.unsafe(`drop role if exists "svc_${schemaOf(name)}"`);
      }
      await admin.end();
      await removeNamespace(namespace);
    },
  };
}
export type Slice = Awaited<ReturnType<typeof startSlice>>;

/**
 * Asks the NetSuite connector for every vendor modified until now and waits until vendors linked the
 * demo's Acme AV to its NetSuite record and the connector knows the link (it exports Acme's POs on it).
 */
async function syncNetSuiteVendors(
  integrations: Service,
  demo: Demo,
  query: (sql: string, params: unknown[]) => Promise<unknown[]>,
) {
  await publishThrough(
    integrations,
    {
      type: 'integrations.SyncWindowRequested',
      key: 'netsuite',
      scope: { orgId: demo.orgId },
      payload: {
        requestId: `demo-netsuite-vendors-${demo.orgId}`,
        system: 'netsuite',
        dataset: 'vendors',
        windowFrom: 0,
        windowTo: Date.now() + 60_000,
        requestedBy: 'schedule',
      },
    },
    'schedule',
  );
  await eventually(
    async () => {
      const linked = await query(
        "select 1 from {vendors}.vendors v join {netsuite}.vendor_links l on l.vendor_id = v.vendor_id::text where v.vendor_id = $1 and v.erp_internal_id = '301'",
        [demo.vendors.acmeAv],
      );
      if (linked.length !== 1) throw new Error('Acme AV is not linked to NetSuite yet');
    },
    { timeoutMs: 60_000 },
  );
}

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
