import type { KitEnv } from '@playbook/service-kit/env';
import type { ServiceOptions } from '@playbook/service-kit/service';
import type { Logger } from '@playbook/telemetry/logger';
import {
  CONNECTORS,
  type ConnectorSystem,
  connectorOf,
  type EnvSource,
  SERVICES,
  type ServiceName,
} from './modules.ts';
import { startModulith, type Modulith } from './modulith.ts';
import { startProcesses } from './processes.ts';
import { type RunningSandboxes, startSandboxes } from './sandboxes.ts';
import type { ChildStatus } from './supervisor.ts';

/**
 * How the modules (connectors included) are laid out over OS processes: all in one (`modulith`), each
 * in its own (`processes`), or mixed — the `promoted` ones each in their own process, the rest together
 * in this one. Consumers are the same in every layout: modules meet only on Kafka. The connectors'
 * sandboxes always run in this process (see startSandboxes).
 */
export interface Layout {
  mode: 'modulith' | 'processes';
  promoted: readonly ServiceName[];
  /** The modules and connectors to run at all (default: every one). */
  only?: readonly ServiceName[];
}

export interface RunningLayout {
  /** The in-process modules (absent when every module has its own process). */
  modulith: Modulith | undefined;
  url(name: ServiceName): string;
  /** The connectors' sandboxes this launcher serves. */
  sandboxes: RunningSandboxes;
  /** The supervision state of each module run in its own process (empty in the modulith). */
  status(): ChildStatus[];
  /** False while a module process is down, restarting or given up on. */
  ready(): boolean;
  /** The pid of a module's own process, if it has one. */
  pid(name: ServiceName): number | undefined;
  stop(): Promise<void>;
}

/**
 * Parses a comma-separated list of module names (`spend,approvals`), refusing unknown ones; a
 * connector may be named by its module name (`integrations.slack`) or its system (`slack`).
 */
export function moduleList(text: string | undefined): ServiceName[] {
  if (!text) return [];
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((n) => CONNECTORS.find((c) => c.system === n)?.name ?? n);
  const known = new Set<string>(SERVICES.map((m) => m.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0)
    throw new Error(`unknown module(s): ${unknown.join(', ')} (modules: ${[...known].join(', ')})`);
  return names as ServiceName[];
}

export async function startLayout(
  layout: Layout,
  env: KitEnv,
  options: {
    /** The environment the child processes get, and the in-process modules read their settings from. */
    source: EnvSource;
    ports?: Partial<Record<ServiceName, number>>;
    sandboxPorts?: Partial<Record<ConnectorSystem, number>>;
    serviceOptions?: (name: ServiceName) => ServiceOptions;
    envFor?: (name: ServiceName) => Record<string, string>;
    quiet?: boolean;
    log?: Logger;
  },
): Promise<RunningLayout> {
  const chosen = SERVICES.map((m) => m.name).filter((n) => !layout.only || layout.only.includes(n));
  const own = layout.mode === 'processes' ? chosen : chosen.filter((n) => layout.promoted.includes(n));
  const together = chosen.filter((n) => !own.includes(n));
  const sandboxes = await startSandboxes(
    chosen.map(connectorOf).filter((c) => c !== undefined),
    options.source,
    { ports: options.sandboxPorts, log: options.log },
  );
  // Each connector reads <SYSTEM>_BASE_URL: its sandbox, unless the user set one.
  const source = { ...options.source, ...sandboxes.env };
  let children: Awaited<ReturnType<typeof startProcesses>> | undefined;
  let modulith: Modulith | undefined;
  try {
    children =
      own.length > 0
        ? await startProcesses(source, {
            only: own,
            ports: options.ports,
            envFor: options.envFor,
            quiet: options.quiet,
            ...(options.log ? { log: options.log } : {}),
          })
        : undefined;
    modulith =
      together.length > 0
        ? await startModulith(env, {
            only: together,
            ports: options.ports,
            serviceOptions: options.serviceOptions,
            source,
          })
        : undefined;
  } catch (error) {
    await children?.stop();
    await sandboxes.stop();
    throw error;
  }
  return {
    modulith,
    url: (name) => (own.includes(name) ? children!.url(name) : modulith!.url(name)),
    sandboxes,
    status: () => children?.status() ?? [],
    ready: () => children?.ready() ?? true,
    pid: (name) => children?.pid(name),
    async stop() {
      await Promise.all([modulith?.stop(), children?.stop()]);
      await sandboxes.stop();
    },
  };
}
