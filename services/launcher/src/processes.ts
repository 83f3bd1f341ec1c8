import { type ChildProcess, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * index.ts with its own PORT, all started at once, and waits until each answers /readyz. Logs are prefixed and passed
 * through. Each child is supervised (supervisor.ts), from its first start on: a death is logged with its
 * cause and the child restarted with backoff, until it crashes too often and the launcher gives up on it,
 * loudly (a launch it gives up on fails, naming the child's last words).
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
  const children: { name: ServiceName; supervised: Supervised; url: string; firstStart: () => Promise<void> }[] = [];
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
  // Every child's compiled modules are cached on disk (keyed by content and Node version): the next
  // start of a module, or of its neighbour importing the same packages, skips ~30 % of its import time.
  const compileCache = env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'playbook-node-compile-cache');
  try {
    for (const module of chosen) {
      const port = options.ports?.[module.name] ?? portOf(module.name, env);
      const url = `http://${env.HOST ?? '127.0.0.1'}:${port}`;
      const spawnIt = () =>
        spawn(process.execPath, [entryPath(module.name)], {
          env: { NODE_COMPILE_CACHE: compileCache, ...env, ...options.envFor?.(module.name), PORT: String(port) },
          stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'pipe'],
        });
      const lastOutput = () => supervised.lastOutput();
      const untilReady = (child: ChildProcess) => waitUntilReady(url, child, timeoutMs, module.name, lastOutput);
      const supervised = supervise(module.name, spawnIt, untilReady, log, options.supervision);
      // All start at once on however many cores there are: the first start's bound is each one's as if
      // they started four at a time (a restart, alone, has the plain bound).
      const firstStart = () =>
        firstReady(url, supervised, Date.now() + timeoutMs * Math.ceil(chosen.length / 4), module.name);
      children.push({ name: module.name, supervised, url, firstStart });
      supervised.adopt(spawnIt());
    }
    // Side by side: most of a start is waiting (its database, its consumer group's join), and the
    // modules need nothing of each other to start — they meet only on Kafka.
    await Promise.all(children.map((c) => c.firstStart()));
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

/**
 * The first start is supervised like any later one: a module that dies while starting (a broker still
 * electing its group coordinator, a port an outgoing connection took a moment ago) is restarted, and
 * the launch fails only when the supervisor gives up on it — with its last words — or at the deadline.
 */
async function firstReady(url: string, supervised: Supervised, deadline: number, name: string): Promise<void> {
  const child = supervised.child();
  try {
    await waitUntilReady(url, child, deadline - Date.now(), name, () => supervised.lastOutput());
    return;
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null) throw error;
  }
  for (;;) {
    const { state, lastExit, restarts } = supervised.status();
    if (state === 'running') return;
    if (state === 'failed' || state === 'stopped' || Date.now() > deadline) {
      const how = lastExit?.signal ? `was killed by ${lastExit.signal}` : `exited with code ${lastExit?.code}`;
      const said = supervised.lastOutput();
      const tries = restarts > 0 ? ` (restarted ${restarts} times)` : '';
      throw new Error(`${name} ${how} while starting${tries}${said.length > 0 ? `: ${said.join(' | ')}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function waitUntilReady(
  url: string,
  child: ChildProcess,
  timeoutMs: number,
  name: string,
  lastOutput: () => string[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      // Its last words may still be in the pipe: the error names them (a test's failure line shows only this).
      await untilStreamsClosed(child, 1_000);
      const said = lastOutput();
      throw new Error(
        `${name} exited with code ${child.exitCode} while starting${said.length > 0 ? `: ${said.join(' | ')}` : ''}`,
      );
    }
    // Bounded: whatever holds the port may accept and never answer.
    const ok = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs} ms`);
}

function untilStreamsClosed(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (!child.stderr || child.stderr.closed) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    child.stderr!.once('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
