import { parseArgs } from 'node:util';
import { kitEnv, loadEnvOrExit } from '@playbook/service-kit/env';
import { createLogger } from '@playbook/telemetry/logger';
import { shutdownTelemetry } from '@playbook/telemetry/tracing';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo } from './demo/seed.ts';
import { printWelcome } from './demo/welcome.ts';
import { moduleList, startLayout, type Layout } from './layout.ts';

const DEV_SECRET = 'playbook-local-development-secret-not-for-production';

// --mode modulith (default): every module in this process; --mode processes: each in its own;
// --promote spend,approvals: those in their own processes, the rest here; --only: run just these.
const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: process.env.PLAYBOOK_MODE ?? 'modulith' },
    promote: { type: 'string', default: process.env.PLAYBOOK_PROMOTE ?? '' },
    only: { type: 'string', default: process.env.PLAYBOOK_ONLY ?? '' },
    demo: { type: 'boolean', default: false },
  },
});
if (values.mode !== 'modulith' && values.mode !== 'processes') {
  console.error(`--mode must be modulith or processes, not "${values.mode}"`);
  process.exit(2);
}
let layout: Layout;
try {
  const only = moduleList(values.only);
  layout = { mode: values.mode, promoted: moduleList(values.promote), ...(only.length ? { only } : {}) };
} catch (error) {
  console.error(`--promote/--only: ${(error as Error).message}`);
  process.exit(2);
}
const log = createLogger('launcher');
if (!process.env.AUTH_JWT_SECRET) {
  log.warn('AUTH_JWT_SECRET is not set: using the local development secret');
  process.env.AUTH_JWT_SECRET = DEV_SECRET;
}
const env = loadEnvOrExit(kitEnv);

const running = await startLayout(layout, env, {
  source: { ...process.env, PLAYBOOK_BOOTSTRAP_ADMIN: values.demo ? DEMO_ADMIN_BOOTSTRAP : undefined },
});
log.info({ mode: layout.mode, promoted: layout.promoted, only: layout.only }, 'all modules are up');

process.once('unhandledRejection', async (error) => {
  log.fatal({ err: error }, 'the launcher failed; stopping every module');
  await running.stop();
  process.exit(1);
});

if (values.demo) {
  const demo = await seedDemo({
    url: (name) => running.url(name),
    secret: env.AUTH_JWT_SECRET,
    directory: running.modulith?.modules.some((m) => m.name === 'directory')
      ? running.modulith.service('directory')
      : undefined,
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
    await shutdownTelemetry();
    process.exit(0);
  });
}
