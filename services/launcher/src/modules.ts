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
  { name: 'work', port: 4009, load: async () => (await import('@playbook/work/definition')).definition },
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

/** `<NAME>_PORT` overrides a module's port, e.g. SPEND_PORT=5004. */
export function portOf(name: ModuleName, env: Record<string, string | undefined> = process.env): number {
  const override = env[`${name.toUpperCase()}_PORT`];
  return override ? Number(override) : MODULES.find((m) => m.name === name)!.port;
}
