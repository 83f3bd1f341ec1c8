import type { serveSandbox } from '@playbook/connector-kit/sandbox';
import type { ServiceDefinition } from '@playbook/service-kit/service';

/** The raw environment a module reads its own settings from (`process.env` when run for real). */
export type EnvSource = Record<string, string | undefined>;

/** The modules of the system, in start order, with their default ports; `load` builds the definition from an environment. */
export const MODULES = [
  { name: 'directory', port: 4001, load: async () => (await import('@playbook/directory/definition')).definition },
  { name: 'events', port: 4002, load: async () => (await import('@playbook/events/definition')).definition },
  { name: 'vendors', port: 4003, load: async () => (await import('@playbook/vendors/definition')).definition },
  { name: 'spend', port: 4004, load: async () => (await import('@playbook/spend/definition')).definition },
  {
    name: 'approvals',
    port: 4005,
    // Approvals reads APPROVALS_ESCALATION_CHECK_MS from the same environment in both run modes.
    load: async (source: EnvSource) =>
      (await import('@playbook/approvals/definition')).approvalsDefinition({ env: source }),
  },
  { name: 'activity', port: 4006, load: async () => (await import('@playbook/activity/definition')).definition },
  { name: 'budget', port: 4007, load: async () => (await import('@playbook/budget/definition')).definition },
  {
    name: 'contracts',
    port: 4008,
    load: async () => (await import('@playbook/contracts-service/definition')).definition,
  },
  {
    name: 'work',
    port: 4009,
    // Work reads WORK_OVERDUE_CHECK_MS from the same environment in both run modes.
    load: async (source: EnvSource) => (await import('@playbook/work/definition')).workDefinition({ env: source }),
  },
  { name: 'assets', port: 4010, load: async () => (await import('@playbook/assets/definition')).definition },
  // AI reads AI_PROVIDER (rules by default; a model by AI_BASE_URL / AI_MODEL / AI_API_KEY) and its sweep settings.
  {
    name: 'ai',
    port: 4011,
    load: async (source: EnvSource) => (await import('@playbook/ai/definition')).aiDefinitionFrom(source),
  },
  { name: 'search', port: 4012, load: async () => (await import('@playbook/search/definition')).definition },
  {
    name: 'integrations',
    port: 4020,
    // Integrations reads INTEGRATIONS_SCHEDULE_MS (how often enabled connectors are asked for their next window).
    load: async (source: EnvSource) =>
      (await import('@playbook/integrations/definition')).integrationsDefinition({ env: source }),
  },
] as const satisfies readonly { name: string; port: number; load: (source: EnvSource) => Promise<ServiceDefinition> }[];

export type ModuleName = (typeof MODULES)[number]['name'];

/**
 * The connectors to external systems (services/connectors/<system>, CONNECTORS.md): each runs as a
 * module named `integrations.<system>` on its port, and `npm start` serves its sandbox — the vendor's
 * API shape with demo data — on the sandbox port and points the connector at it. Adding one is one line.
 */
export const CONNECTORS = [
  connector(
    'ramp',
    4021,
    4101,
    () => import('@playbook/ramp/definition'),
    () => import('@playbook/ramp/sandbox'),
  ),
  // Slack's Web API lives under /api (https://slack.com/api), in its sandbox too.
  connector(
    'slack',
    4022,
    4102,
    () => import('@playbook/slack/definition'),
    () => import('@playbook/slack/sandbox'),
    '/api',
  ),
  connector(
    'netsuite',
    4023,
    4103,
    () => import('@playbook/netsuite/definition'),
    () => import('@playbook/netsuite/sandbox'),
  ),
  connector(
    'nexonia',
    4024,
    4104,
    () => import('@playbook/nexonia/definition'),
    () => import('@playbook/nexonia/sandbox'),
  ),
  connector(
    'hubspot',
    4025,
    4105,
    () => import('@playbook/hubspot/definition'),
    () => import('@playbook/hubspot/sandbox'),
  ),
  connector(
    'bizzabo',
    4026,
    4106,
    () => import('@playbook/bizzabo/definition'),
    () => import('@playbook/bizzabo/sandbox'),
  ),
  // Box's API under /2.0, its uploads under /api/2.0 (upload.box.com/api/2.0 for real).
  connector(
    'box',
    4027,
    4107,
    () => import('@playbook/box/definition'),
    () => import('@playbook/box/sandbox'),
    '/2.0',
    (root) => ({ BOX_UPLOAD_BASE_URL: `${root}/api/2.0` }),
  ),
  connector(
    'google',
    4028,
    4108,
    () => import('@playbook/google/definition'),
    () => import('@playbook/google/sandbox'),
  ),
  connector(
    'domo',
    4029,
    4109,
    () => import('@playbook/domo/definition'),
    () => import('@playbook/domo/sandbox'),
  ),
] as const;

export type ConnectorName = (typeof CONNECTORS)[number]['name'];
export type ConnectorSystem = (typeof CONNECTORS)[number]['system'];
export type Connector = (typeof CONNECTORS)[number];
/** Everything the launcher runs as a service: the modules, then the connectors. */
export type ServiceName = ModuleName | ConnectorName;
export const SERVICES: readonly {
  name: ServiceName;
  port: number;
  load: (source: EnvSource) => Promise<ServiceDefinition>;
}[] = [...MODULES, ...CONNECTORS];

export const connectorOf = (name: string): Connector | undefined => CONNECTORS.find((c) => c.name === name);

/** The prefix of a service's own settings: SPEND for spend, RAMP for integrations.ramp. */
export const envPrefixOf = (name: ServiceName) => (connectorOf(name)?.system ?? name).toUpperCase();

/** `<NAME>_PORT` overrides a service's port, e.g. SPEND_PORT=5004, RAMP_PORT=5021. */
export function portOf(name: ServiceName, env: Record<string, string | undefined> = process.env): number {
  const override = env[`${envPrefixOf(name)}_PORT`];
  return override ? Number(override) : SERVICES.find((m) => m.name === name)!.port;
}

/** A service's entry point, relative to services/: a module's own folder, or its connector's. */
export const entryOf = (name: ServiceName) => {
  const c = connectorOf(name);
  return c ? `connectors/${c.system}/src/index.ts` : `${name}/src/index.ts`;
};

type SandboxApp = Parameters<typeof serveSandbox>[0];

function connector<const S extends string>(
  system: S,
  port: number,
  sandboxPort: number,
  definition: () => Promise<Record<`${S}Definition`, (options: { env: EnvSource }) => ServiceDefinition>>,
  sandbox: () => Promise<{ demoSandbox: () => { app: SandboxApp } }>,
  apiPath = '',
  moreEnv: (root: string) => Record<string, string> = () => ({}),
) {
  return {
    name: `integrations.${system}` as `integrations.${S}`,
    system,
    port,
    sandboxPort,
    /** Where the vendor's API sits under the sandbox's root (what `<SYSTEM>_BASE_URL` names). */
    apiPath,
    /** Settings besides `<SYSTEM>_BASE_URL` that point the connector at its sandbox (another API root). */
    moreEnv,
    load: async (source: EnvSource) => (await definition())[`${system}Definition`]({ env: source }),
    /** The sandbox with its demo data, not yet listening. */
    sandbox: async () => (await sandbox()).demoSandbox(),
  };
}
