import type { ServiceDefinition } from '@playbook/service-kit/service';

/** The modules of the system, in start order, with their default ports. */
export const MODULES = [
  { name: 'directory', port: 4001, load: async () => (await import('@playbook/directory/definition')).definition },
  { name: 'events', port: 4002, load: async () => (await import('@playbook/events/definition')).definition },
  { name: 'vendors', port: 4003, load: async () => (await import('@playbook/vendors/definition')).definition },
  { name: 'spend', port: 4004, load: async () => (await import('@playbook/spend/definition')).definition },
  { name: 'approvals', port: 4005, load: async () => (await import('@playbook/approvals/definition')).definition },
  { name: 'activity', port: 4006, load: async () => (await import('@playbook/activity/definition')).definition },
  { name: 'work', port: 4009, load: async () => (await import('@playbook/work/definition')).definition },
  { name: 'assets', port: 4010, load: async () => (await import('@playbook/assets/definition')).definition },
] as const satisfies readonly { name: string; port: number; load: () => Promise<ServiceDefinition> }[];

export type ModuleName = (typeof MODULES)[number]['name'];

/** `<NAME>_PORT` overrides a module's port, e.g. SPEND_PORT=5004. */
export function portOf(name: ModuleName, env: Record<string, string | undefined> = process.env): number {
  const override = env[`${name.toUpperCase()}_PORT`];
  return override ? Number(override) : MODULES.find((m) => m.name === name)!.port;
}
