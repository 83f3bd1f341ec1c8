import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import { netsuiteDefinition } from '@playbook/netsuite/definition';
import { demoSandbox as netsuiteDemoSandbox } from '@playbook/netsuite/sandbox';
import type { KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceDefinition } from '@playbook/service-kit/service';
import { slackDefinition } from '@playbook/slack/definition';
import { slackSandbox } from '@playbook/slack/sandbox';
import { freePorts } from '@playbook/testing/ports';

/** The connectors flow 1 runs with, by their package folder; each one's module name is `integrations.<folder>`. */
export const CONNECTORS = ['slack', 'netsuite'] as const;
type Connector = (typeof CONNECTORS)[number];
const DEFINITIONS: Record<Connector, (env: Record<string, string | undefined>) => ServiceDefinition> = {
  slack: (env) => slackDefinition({ env }),
  netsuite: (env) => netsuiteDefinition({ env }),
};
/** The demo people's Slack accounts: the sandbox resolves their e-mails (directory.UserProvisioned) to these. */
export const SLACK_USERS = {
  'alex@lumen.example': 'UALEX',
  'pat@lumen.example': 'UPAT',
  'fran@lumen.example': 'UFRAN',
  'vic@lumen.example': 'UVIC',
  // Invited by the permission test of the modulith slice; a producer lead who approves small POs.
  'lee@lumen.example': 'ULEE',
};

/**
 * The vendors' own systems for a slice: each connector's sandbox in this process on a random port,
 * and the connector itself beside the modules — in this process (modulith, mixed) or as its own OS
 * process from its index.ts (processes) — pointed at its sandbox by its `<SYSTEM>_BASE_URL`.
 */
export async function startConnectors(options: {
  processes: boolean;
  kit: KitEnv;
  source: Record<string, string | undefined>;
  schemaOf: (name: string) => string;
}) {
  const slack = slackSandbox({ users: SLACK_USERS });
  const netsuite = netsuiteDemoSandbox();
  const servers: RunningSandbox[] = [await serveSandbox(slack.app), await serveSandbox(netsuite.app)];
  const env = {
    SLACK_BASE_URL: `${servers[0]!.url}/api`,
    SLACK_RETRY_BASE_MS: '20',
    NETSUITE_BASE_URL: servers[1]!.url,
    NETSUITE_RETRY_BASE_MS: '20',
    NETSUITE_SYNC_INTERVAL_MS: '100',
  };
  const ports = await freePorts(CONNECTORS.length);
  const inProcess: Service[] = [];
  const children: ChildProcess[] = [];
  const urls: Record<string, string> = {};
  const stop = async () => {
    await Promise.all(inProcess.map((s) => s.stop()));
    await Promise.all(children.map(stopChild));
    for (const server of servers) await server.stop();
  };
  try {
    for (const [i, name] of CONNECTORS.entries()) {
      const schema = options.schemaOf(`integrations_${name}`);
      const port = ports[i]!;
      if (options.processes) {
        const entry = fileURLToPath(new URL(`../../services/connectors/${name}/src/index.ts`, import.meta.url));
        const child = spawn(process.execPath, [entry], {
          env: { ...options.source, ...env, DB_SCHEMA: schema, PORT: String(port) },
          stdio: ['ignore', 'ignore', 'inherit'],
        });
        children.push(child);
        urls[name] = `http://127.0.0.1:${port}`;
        await untilReady(urls[name]!, child, name);
      } else {
        const service = createService(
          DEFINITIONS[name]({ ...options.source, ...env }),
          { ...options.kit, PORT: port },
          { schema },
        );
        inProcess.push(service);
        urls[name] = (await service.start({ listen: true })).url!;
      }
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    slack,
    netsuite,
    /** Their database schemas, dropped with the slice. */
    schemas: CONNECTORS.map((name) => options.schemaOf(`integrations_${name}`)),
    url: (name: Connector) => urls[name]!,
    stop,
  };
}
export type SliceConnectors = Awaited<ReturnType<typeof startConnectors>>;

async function untilReady(url: string, child: ChildProcess, name: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`connector ${name} exited with code ${child.exitCode} while starting`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`connector ${name} did not become ready at ${url}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
