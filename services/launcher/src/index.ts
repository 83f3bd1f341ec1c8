import { parseArgs } from 'node:util';
import { kitEnv, loadEnvOrExit } from '@playbook/service-kit/env';
import { createLogger } from '@playbook/telemetry/logger';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo } from './demo/seed.ts';
import { printWelcome } from './demo/welcome.ts';
import { startModulith } from './modulith.ts';
import { startProcesses } from './processes.ts';

const DEV_SECRET = 'playbook-local-development-secret-not-for-production';

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: process.env.PLAYBOOK_MODE ?? 'modulith' },
    demo: { type: 'boolean', default: false },
  },
});
if (values.mode !== 'modulith' && values.mode !== 'processes') {
  console.error(`--mode must be modulith or processes, not "${values.mode}"`);
  process.exit(2);
}
const log = createLogger('launcher');
if (!process.env.AUTH_JWT_SECRET) {
  log.warn('AUTH_JWT_SECRET is not set: using the local development secret');
  process.env.AUTH_JWT_SECRET = DEV_SECRET;
}
const env = loadEnvOrExit(kitEnv);

const modulith = values.mode === 'modulith' ? await startModulith(env) : undefined;
const running =
  modulith ??
  (await startProcesses({ ...process.env, PLAYBOOK_BOOTSTRAP_ADMIN: values.demo ? DEMO_ADMIN_BOOTSTRAP : undefined }));
log.info({ mode: values.mode }, 'all modules are up');

process.once('unhandledRejection', async (error) => {
  log.fatal({ err: error }, 'the launcher failed; stopping every module');
  await running.stop();
  process.exit(1);
});

if (values.demo) {
  const demo = await seedDemo({
    url: (name) => running.url(name),
    secret: env.AUTH_JWT_SECRET,
    directory: modulith?.service('directory'),
    bus: { brokers: env.KAFKA_BROKERS, namespace: env.BUS_NAMESPACE },
  });
  printWelcome(demo, (name) => running.url(name));
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping every module');
    await running.stop();
    process.exit(0);
  });
}
