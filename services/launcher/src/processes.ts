import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createLogger, type Logger } from '@playbook/telemetry/logger';
import { entryOf, portOf, SERVICES, type ServiceName } from './modules.ts';
import { type ChildStatus, type Supervised, type SupervisionPolicy, supervise } from './supervisor.ts';

export interface ProcessGroup {
  url(name: ServiceName): string;
  /** Each child's supervision state: running, restarting, failed (given up on) or stopped. */
  status(): ChildStatus[];
  /** True when every child is running: what the launcher's /readyz answers. */
  ready(): boolean;
  /** The pid of a module's current process (a new one after each restart). */
  pid(name: ServiceName): number | undefined;
  stop(): Promise<void>;
}

const entryPath = (name: ServiceName) => fileURLToPath(new URL(`../../${entryOf(name)}`, import.meta.url));

/**
 * Runs every module as its own OS process (the microservices deployment), each from its own
 * index.ts with its own PORT, and waits until each answers /readyz. Logs are prefixed and passed
 * through. Each child is supervised (supervisor.ts): a death is logged with its cause and the child
 * restarted with backoff, until it crashes too often and the launcher gives up on it, loudly.
 */
export async function startProcesses(
  env: Record<string, string | undefined>,
  options: {
    only?: readonly ServiceName[];
    ports?: Partial<Record<ServiceName, number>>;
    /** Extra environment for one module's process, e.g. its DB_SCHEMA. */
    envFor?: (name: ServiceName) => Record<string, string>;
    quiet?: boolean;
    readyTimeoutMs?: number;
    supervision?: SupervisionPolicy;
    log?: Logger;
  } = {},
): Promise<ProcessGroup> {
  const chosen = SERVICES.filter((m) => !options.only || options.only.includes(m.name));
  const log = options.log ?? createLogger('launcher');
  const children: { name: ServiceName; supervised: Supervised; url: string }[] = [];
  const stopAll = async () => {
    await Promise.all(children.map(({ supervised }) => supervised.stop()));
  };
  // If the launcher itself dies, its children must not live on holding the ports.
  const killChildren = () => {
    for (const { supervised } of children)
      if (supervised.child()?.exitCode === null) supervised.child().kill('SIGTERM');
  };
  process.once('exit', killChildren);
  const timeoutMs = options.readyTimeoutMs ?? 60_000;
  try {
    for (const module of chosen) {
      const port = options.ports?.[module.name] ?? portOf(module.name, env);
      const url = `http://${env.HOST ?? '127.0.0.1'}:${port}`;
      const spawnIt = () =>
        spawn(process.execPath, [entryPath(module.name)], {
          env: { ...env, ...options.envFor?.(module.name), PORT: String(port) },
          stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'pipe'],
        });
      const untilReady = (child: ChildProcess) => waitUntilReady(url, child, timeoutMs, module.name);
      const supervised = supervise(module.name, spawnIt, untilReady, log, options.supervision);
      children.push({ name: module.name, supervised, url });
      supervised.adopt(spawnIt());
      await untilReady(supervised.child());
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  const status = () => children.map((c) => c.supervised.status());
  return {
    url: (name) => children.find((c) => c.name === name)?.url ?? '',
    status,
    ready: () => status().every((s) => s.state === 'running'),
    pid: (name) => children.find((c) => c.name === name)?.supervised.status().pid,
    stop: stopAll,
  };
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number, name: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs} ms`);
}
