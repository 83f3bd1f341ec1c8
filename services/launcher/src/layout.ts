import type { KitEnv } from '@playbook/service-kit/env';
import type { ServiceOptions } from '@playbook/service-kit/service';
import { MODULES, type EnvSource, type ModuleName } from './modules.ts';
import { startModulith, type Modulith } from './modulith.ts';
import { startProcesses } from './processes.ts';

/**
 * How the modules are laid out over OS processes: all in one (`modulith`), each in its own
 * (`processes`), or mixed — the `promoted` modules each in their own process, the rest together in
 * this one. Consumers are the same in every layout: modules meet only on Kafka.
 */
export interface Layout {
  mode: 'modulith' | 'processes';
  promoted: readonly ModuleName[];
  /** The modules to run at all (default: every module). */
  only?: readonly ModuleName[];
}

export interface RunningLayout {
  /** The in-process modules (absent when every module has its own process). */
  modulith: Modulith | undefined;
  url(name: ModuleName): string;
  stop(): Promise<void>;
}

/** Parses a comma-separated list of module names (`spend,approvals`), refusing unknown ones. */
export function moduleList(text: string | undefined): ModuleName[] {
  if (!text) return [];
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set<string>(MODULES.map((m) => m.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0)
    throw new Error(`unknown module(s): ${unknown.join(', ')} (modules: ${[...known].join(', ')})`);
  return names as ModuleName[];
}

export async function startLayout(
  layout: Layout,
  env: KitEnv,
  options: {
    /** The environment the child processes get, and the in-process modules read their settings from. */
    source: EnvSource;
    ports?: Partial<Record<ModuleName, number>>;
    serviceOptions?: (name: ModuleName) => ServiceOptions;
    envFor?: (name: ModuleName) => Record<string, string>;
    quiet?: boolean;
  },
): Promise<RunningLayout> {
  const chosen = MODULES.map((m) => m.name).filter((n) => !layout.only || layout.only.includes(n));
  const own = layout.mode === 'processes' ? chosen : chosen.filter((n) => layout.promoted.includes(n));
  const together = chosen.filter((n) => !own.includes(n));
  const children =
    own.length > 0
      ? await startProcesses(options.source, {
          only: own,
          ports: options.ports,
          envFor: options.envFor,
          quiet: options.quiet,
        })
      : undefined;
  let modulith: Modulith | undefined;
  try {
    modulith =
      together.length > 0
        ? await startModulith(env, {
            only: together,
            ports: options.ports,
            serviceOptions: options.serviceOptions,
            source: options.source,
          })
        : undefined;
  } catch (error) {
    await children?.stop();
    throw error;
  }
  return {
    modulith,
    url: (name) => (own.includes(name) ? children!.url(name) : modulith!.url(name)),
    async stop() {
      await Promise.all([modulith?.stop(), children?.stop()]);
    },
  };
}
