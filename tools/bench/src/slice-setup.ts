import { randomBytes } from 'node:crypto';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo, type Demo } from '@playbook/launcher/demo';
import { MODULES, type ModuleName } from '@playbook/launcher/modules';
import { startModulith, type Modulith } from '@playbook/launcher/modulith';
import { startProcesses } from '@playbook/launcher/processes';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { ensureBaseSchemas, uniqueNamespace } from '@playbook/testing/infra';
import { freePorts } from '@playbook/testing/ports';
import { withTimeout } from './cleanup.ts';
import { deleteGroupsByPrefixOnCleanup, deleteTopicsOnCleanup, dropDatabaseOnCleanup } from './resources.ts';
import type { BenchContext } from './scenario.ts';

export type RunMode = 'modulith' | 'processes';
export const RUN_MODES: readonly RunMode[] = ['modulith', 'processes'];

export interface BenchSlice {
  mode: RunMode;
  namespace: string;
  demo: Demo;
  url(name: ModuleName): string;
  /** The schema a module runs in: `<module>_<namespace>`. */
  schemaOf(name: ModuleName): string;
  /** Stops every service (bounded); later calls do nothing. Also registered on the cleanup. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;
const SEED_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 60_000;

/**
 * Every domain module (the launcher's MODULES) on a namespace of their own (topics, consumer groups,
 * registry subjects, one schema + role per module), on ports of their own, seeded with the demo
 * organization over HTTP. Every resource's undo step goes on `ctx.cleanup` as it is created:
 * services stop first, then schemas and roles, consumer groups, topics and subjects go.
 */
export async function startBenchSlice(ctx: BenchContext, mode: RunMode): Promise<BenchSlice> {
  const { env, cleanup } = ctx;
  const namespace = uniqueNamespace(`fo-${mode}`);
  const schemaOf = (name: ModuleName) => `${name}_${namespace.replaceAll('-', '_')}`;
  const names = MODULES.map((m) => m.name);

  await ensureBaseSchemas(); // a namespace's producers use the base subjects (bus-kafka serde)
  const kafka = createKafka({ clientId: namespace, brokers: env.kafkaBrokers, log: ctx.log });
  deleteTopicsOnCleanup(kafka, `${namespace}.`, cleanup);
  deleteGroupsByPrefixOnCleanup(kafka, `${namespace}.`, cleanup);
  for (const name of names) dropDatabaseOnCleanup(env, schemaOf(name), cleanup);

  // Ports the OS says are free (a random range would collide with ephemeral ports of live connections).
  const free = await freePorts(names.length);
  const ports = Object.fromEntries(names.map((name, i) => [name, free[i]!])) as Record<ModuleName, number>;
  const secret = randomBytes(24).toString('hex');
  const raw: Record<string, string | undefined> = {
    ...process.env,
    AUTH_JWT_SECRET: secret,
    BUS_NAMESPACE: namespace,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
    NODE_ENV: 'production',
    // The bench measures the services, not an exporter: no spans leave the process in either mode.
    OTEL_EXPORTER_OTLP_ENDPOINT: undefined,
  };

  type Running = { url(name: ModuleName): string; stop(): Promise<void> };
  let running: Running | undefined;
  let modulith: Modulith | undefined;
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= running
      ? withTimeout(running.stop(), STOP_TIMEOUT_MS, `stopping the ${mode} services`)
      : Promise.resolve());
  cleanup.add(`${mode} services of ${namespace}`, stop);

  ctx.progress(`fanout/${mode}: starting ${names.length} services (namespace ${namespace}, ports ${free.join(', ')})`);
  const startedAt = Date.now();
  const starting: Promise<Running> =
    mode === 'modulith'
      ? startModulith(parseEnv(kitEnv, raw), {
          only: names,
          ports,
          serviceOptions: (name) => ({ schema: schemaOf(name as ModuleName) }),
        }).then((m) => (modulith = m))
      : startProcesses(
          { ...raw, PLAYBOOK_BOOTSTRAP_ADMIN: DEMO_ADMIN_BOOTSTRAP },
          {
            only: names,
            ports,
            quiet: true,
            readyTimeoutMs: 60_000,
            envFor: (name) => ({ DB_SCHEMA: schemaOf(name as ModuleName) }),
          },
        );
  // On a timeout the start may still finish later: stop whatever it brought up then.
  starting.then(
    (r) => {
      running = r;
      if (stopped) void r.stop().catch(() => {});
    },
    () => {},
  );
  running = await withTimeout(
    starting,
    Math.min(START_TIMEOUT_MS, Math.max(1, ctx.deadline - Date.now())),
    `starting the ${mode} services`,
  );
  ctx.progress(
    `fanout/${mode}: services ready in ${Date.now() - startedAt} ms; seeding the demo organization over HTTP`,
  );

  const url = running.url;
  const demo = await withTimeout(
    seedDemo({
      url: (name) => url(name),
      secret,
      directory: modulith?.service('directory'),
      bus: { brokers: env.kafkaBrokers, namespace },
    }),
    Math.min(SEED_TIMEOUT_MS, Math.max(1, ctx.deadline - Date.now())),
    'seeding the demo organization',
  );
  return { mode, namespace, demo, url, schemaOf, stop };
}
