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
  // Side by side: a module's start is mostly waiting (migrations, its consumer group's join and first
  // fetch), ~2 s each, and nothing in one module's start needs another's — they meet only on Kafka.
  const started = await Promise.allSettled(
    chosen.map(async (module): Promise<RunningModule> => {
      const port = options.ports?.[module.name] ?? portOf(module.name, options.source);
      const service = createService(
        await module.load(options.source ?? process.env),
        { ...env, PORT: port },
        options.serviceOptions?.(module.name) ?? {},
      );
      try {
        const { url } = await service.start({ listen: true });
        return { name: module.name, service, url: url! };
      } catch (error) {
        await service.stop().catch(() => {});
        throw error;
      }
    }),
  );
  const running = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(running.map((m) => m.service.stop().catch(() => {})));
    throw failed.reason;
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
