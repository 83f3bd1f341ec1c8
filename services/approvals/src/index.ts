import { loadEnvOrExit } from '@playbook/service-kit/env';
import { createService } from '@playbook/service-kit/service';
import { definition } from './definition.ts';
import { approvalsEnv } from './env.ts';
import { startEscalator } from './escalation/escalator.ts';

const env = loadEnvOrExit(approvalsEnv);
const service = createService(definition, env);
await service.start({ listen: true });
const escalator = startEscalator(service, { intervalMs: env.APPROVALS_ESCALATION_CHECK_MS });

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  service.log.info({ signal }, 'stopping');
  await escalator.stop();
  await service.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
