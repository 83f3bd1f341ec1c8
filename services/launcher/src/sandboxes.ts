import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { Logger } from '@playbook/telemetry/logger';
import type { Connector, ConnectorSystem, EnvSource } from './modules.ts';

export interface SandboxStatus {
  system: ConnectorSystem;
  /** The sandbox's root (GET /sandbox/... to look inside). */
  url: string;
  /** What the connector was given as `<SYSTEM>_BASE_URL`. */
  apiUrl: string;
}

export interface RunningSandboxes {
  list(): SandboxStatus[];
  /** The root URL of a system's sandbox, when one runs. */
  url(system: ConnectorSystem): string | undefined;
  /** `<SYSTEM>_BASE_URL` for each connector pointed at its sandbox. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

/**
 * Serves each connector's sandbox (its demo data, the vendor's API shape) in this process, and says
 * where, as the `<SYSTEM>_BASE_URL` its connector reads. Not for a system whose `<SYSTEM>_BASE_URL`
 * is set (the connector talks to what the user configured, e.g. the real vendor), nor for any when
 * PLAYBOOK_SANDBOXES=off. Ports: `<SYSTEM>_SANDBOX_PORT`, else the convention's (4101…).
 */
export async function startSandboxes(
  connectors: readonly Connector[],
  source: EnvSource,
  options: { ports?: Partial<Record<ConnectorSystem, number>>; log?: Logger } = {},
): Promise<RunningSandboxes> {
  const running: (SandboxStatus & { server: RunningSandbox; env: Record<string, string> })[] = [];
  const stop = async () => {
    await Promise.all(running.map((r) => r.server.stop()));
  };
  const off = source.PLAYBOOK_SANDBOXES === 'off';
  try {
    for (const c of off ? [] : connectors) {
      const prefix = c.system.toUpperCase();
      if (source[`${prefix}_BASE_URL`]) {
        options.log?.info({ system: c.system }, `${prefix}_BASE_URL is set: no ${c.system} sandbox`);
        continue;
      }
      const port = options.ports?.[c.system] ?? Number(source[`${prefix}_SANDBOX_PORT`] ?? c.sandboxPort);
      const { app } = await c.sandbox();
      const server = await serveSandbox(app, port, source.HOST ?? '127.0.0.1').catch((error: Error) => {
        throw new Error(
          `the ${c.system} sandbox could not listen on port ${port} (${prefix}_SANDBOX_PORT): ${error.message}`,
        );
      });
      const env = { [`${prefix}_BASE_URL`]: `${server.url}${c.apiPath}`, ...c.moreEnv(server.url) };
      running.push({ system: c.system, url: server.url, apiUrl: `${server.url}${c.apiPath}`, server, env });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    list: () => running.map(({ system, url, apiUrl }) => ({ system, url, apiUrl })),
    url: (system) => running.find((r) => r.system === system)?.url,
    env: Object.assign({}, ...running.map((r) => r.env)),
    stop,
  };
}
