import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { MODULES, portOf, type ModuleName } from './modules.ts';

export interface ProcessGroup {
  url(name: ModuleName): string;
  stop(): Promise<void>;
}

const entryOf = (name: string) => fileURLToPath(new URL(`../../${name}/src/index.ts`, import.meta.url));

/**
 * Runs every module as its own OS process (the microservices deployment), each from its own
 * index.ts with its own PORT, and waits until each answers /readyz. Logs are prefixed and passed through.
 */
export async function startProcesses(
  env: Record<string, string | undefined>,
  options: {
    only?: readonly ModuleName[];
    ports?: Partial<Record<ModuleName, number>>;
    /** Extra environment for one module's process, e.g. its DB_SCHEMA. */
    envFor?: (name: ModuleName) => Record<string, string>;
    quiet?: boolean;
    readyTimeoutMs?: number;
  } = {},
): Promise<ProcessGroup> {
  const chosen = MODULES.filter((m) => !options.only || options.only.includes(m.name));
  const children: { name: ModuleName; child: ChildProcess; url: string }[] = [];
  const stopAll = async () => {
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  // If the launcher itself dies, its children must not live on holding the ports.
  const killChildren = () => {
    for (const { child } of children) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killChildren);
  try {
    for (const module of chosen) {
      const port = options.ports?.[module.name] ?? portOf(module.name, env);
      const child = spawn(process.execPath, [entryOf(module.name)], {
        env: { ...env, ...options.envFor?.(module.name), PORT: String(port) },
        stdio: ['ignore', options.quiet ? 'ignore' : 'inherit', 'inherit'],
      });
      const url = `http://${env.HOST ?? '127.0.0.1'}:${port}`;
      children.push({ name: module.name, child, url });
      await waitUntilReady(url, child, options.readyTimeoutMs ?? 60_000, module.name);
    }
  } catch (error) {
    await stopAll();
    throw error;
  }
  return {
    url: (name) => children.find((c) => c.name === name)?.url ?? '',
    stop: stopAll,
  };
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number, name: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs} ms`);
}
