import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { PUBLISHED_DEV_SECRET } from '@playbook/service-kit/tokens';
import { kitEnv, loadEnvOrExit } from '@playbook/service-kit/env';
import { createLogger } from '@playbook/telemetry/logger';
import { shutdownTelemetry } from '@playbook/telemetry/tracing';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo } from './demo/seed.ts';
import { printWelcome } from './demo/welcome.ts';
import { serveLauncherHealth } from './launcher-health.ts';
import { moduleList, startLayout, type Layout } from './layout.ts';

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
  // The development secret is published: in production anyone could mint an admin token with it.
  if (process.env.NODE_ENV === 'production' && !process.env.AUTH_JWKS_URL) {
    log.fatal('NODE_ENV=production needs a real key source: AUTH_JWKS_URL (an identity provider) or AUTH_JWT_SECRET');
    process.exit(1);
  }
  if (process.env.NODE_ENV !== 'production') log.warn('AUTH_JWT_SECRET is not set: using the local development secret');
  // With a JWKS in production the HS256 secret is unused (tokenKeysFrom): a random one fills the slot.
  process.env.AUTH_JWT_SECRET =
    process.env.NODE_ENV === 'production' ? randomBytes(32).toString('hex') : PUBLISHED_DEV_SECRET;
}
const env = loadEnvOrExit(kitEnv);

const running = await startLayout(layout, env, {
  source: { ...process.env, PLAYBOOK_BOOTSTRAP_ADMIN: values.demo ? DEMO_ADMIN_BOOTSTRAP : undefined },
  log,
});
log.info(
  { mode: layout.mode, promoted: layout.promoted, only: layout.only, sandboxes: running.sandboxes.list() },
  'all modules and connectors are up',
);
serveLauncherHealth(running, Number(process.env.PLAYBOOK_LAUNCHER_PORT ?? 4000), log);

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
    sandboxes: running.sandboxes,
  });
  printWelcome(demo, (name) => running.url(name), running.sandboxes);
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
