import type { KitEnv } from '@playbook/service-kit/env';
import { createService, type Service, type ServiceOptions } from '@playbook/service-kit/service';
import { type EnvSource, portOf, SERVICES, type ServiceName } from './modules.ts';

export interface RunningModule {
  name: ServiceName;
  service: Service;
  url: string;
}

export interface Modulith {
  modules: RunningModule[];
  url(name: ServiceName): string;
  service(name: ServiceName): Service;
  stop(): Promise<void>;
}

/**
 * Runs several modules (connectors included) in one process. They still talk only through Kafka — each keeps its own
 * schema, topic, consumer group and HTTP port — so any of them can move to its own process.
 */
export async function startModulith(
  env: KitEnv,
  options: {
    only?: readonly ServiceName[];
    ports?: Partial<Record<ServiceName, number>>;
    serviceOptions?: (name: ServiceName) => ServiceOptions;
    /** Where modules read their own settings (beyond the kit's `env`), as each does in its own process. */
    source?: EnvSource;
  } = {},
): Promise<Modulith> {
  const chosen = SERVICES.filter((m) => !options.only || options.only.includes(m.name));
  const running: RunningModule[] = [];
  try {
    for (const module of chosen) {
      const port = options.ports?.[module.name] ?? portOf(module.name, options.source);
      const service = createService(
        await module.load(options.source ?? process.env),
        { ...env, PORT: port },
        options.serviceOptions?.(module.name) ?? {},
      );
      const { url } = await service.start({ listen: true });
      running.push({ name: module.name, service, url: url! });
    }
  } catch (error) {
    for (const m of running.reverse()) await m.service.stop().catch(() => {});
    throw error;
  }
  const find = (name: ServiceName) => running.find((m) => m.name === name) ?? raise(`module ${name} is not running`);
  return {
    modules: running,
    url: (name) => find(name).url,
    service: (name) => find(name).service,
    /** Modules share nothing but Kafka, so they stop side by side. */
    async stop() {
      await Promise.all(running.map((m) => m.service.stop()));
    },
  };
}

function raise(message: string): never {
  throw new Error(message);
}
