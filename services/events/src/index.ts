import { kitEnv, loadEnvOrExit } from '@playbook/service-kit/env';
import { createService } from '@playbook/service-kit/service';
import { definition } from './definition.ts';

process.env.PORT ??= '4002';
const env = loadEnvOrExit(kitEnv);
const service = createService(definition, env);
await service.start({ listen: true });

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  service.log.info({ signal }, 'stopping');
  await service.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
