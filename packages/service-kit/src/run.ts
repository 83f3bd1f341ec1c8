import type { z } from 'zod';
import { kitEnv, loadEnvOrExit, type KitEnv } from './env.ts';
import { shutdownTelemetry } from '@playbook/telemetry/tracing';
import { createService, type Service, type ServiceDefinition } from './service.ts';

/**
 * What a service's `src/index.ts` does: read and check the environment (exit 1 naming each bad
 * field), start on `PORT` (or `defaultPort`), and stop gracefully on SIGTERM/SIGINT — finish
 * in-flight requests and messages, commit offsets, flush the relay, close the pool, flush spans.
 */
export async function runService(
  definition: ServiceDefinition,
  options: { defaultPort: number; envSchema?: z.ZodType<KitEnv> } = { defaultPort: 0 },
): Promise<Service> {
  process.env.PORT ??= String(options.defaultPort);
  const env = loadEnvOrExit(options.envSchema ?? kitEnv);
  const service = createService(definition, env);
  await service.start({ listen: true });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    service.log.info({ signal }, 'stopping');
    await service.stop();
    await shutdownTelemetry();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
  return service;
}
