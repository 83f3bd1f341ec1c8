import { kitEnv, loadEnvOrExit } from '@playbook/service-kit/env';
import { createService } from '@playbook/service-kit/service';
import { definition } from './definition.ts';

const env = loadEnvOrExit(kitEnv);
const service = createService(definition, env);
await service.start({ listen: true });

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  service.log.info({ signal }, 'stopping');
  await service.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
