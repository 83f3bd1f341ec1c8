import { mintToken, PUBLISHED_DEV_SECRET } from '@playbook/service-kit/tokens';
import { parseSyncArgs, USAGE, UsageError } from './args.ts';
import { backfill } from './backfill.ts';
import { integrationsClient } from './integrations-client.ts';
import { planWindows } from './plan.ts';
import { formatProgress } from './progress.ts';

/** The token: PLAYBOOK_TOKEN, or one minted for the demo admin with the development secret (never in production). */
async function tokenFrom(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.PLAYBOOK_TOKEN) return env.PLAYBOOK_TOKEN;
  if (!env.AUTH_JWT_SECRET && env.NODE_ENV === 'production')
    throw new UsageError('set PLAYBOOK_TOKEN (the development secret is never used in production)');
  return mintToken(
    { id: env.PLAYBOOK_USER ?? 'u-alex', orgId: env.PLAYBOOK_ORG ?? 'org-lumen', name: 'playbook cli' },
    env.AUTH_JWT_SECRET ?? PUBLISHED_DEV_SECRET,
    12 * 3600,
  );
}

async function sync(argv: string[]): Promise<number> {
  const args = parseSyncArgs(argv);
  const plan = planWindows(args.from, args.to, args.windowMs, Date.now());
  if (plan.cutAt !== undefined)
    console.log(`--to is still open: backfilling up to ${new Date(plan.cutAt).toISOString()} (the last whole window)`);
  const baseUrl =
    args.url ?? process.env.INTEGRATIONS_URL ?? `http://127.0.0.1:${process.env.INTEGRATIONS_PORT ?? 4020}`;
  const client = integrationsClient({ baseUrl, token: await tokenFrom(process.env) });
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const tty = process.stdout.isTTY;
  let last = '';
  const result = await backfill({
    client,
    system: args.system,
    dataset: args.dataset,
    windows: plan.windows,
    parallel: args.parallel,
    pollMs: args.pollMs,
    signal: controller.signal,
    onProgress: (s) => {
      const line = formatProgress(`${args.system}/${args.dataset ?? '…'}`, s);
      if (tty) return void process.stdout.write(`\r\x1b[2K${line}`);
      // In a log, a line when something changed, not one per poll.
      const state = `${s.done}/${s.failed}/${s.inFlight}`;
      if (state !== last) process.stdout.write(`${line}\n`);
      last = state;
    },
  });
  if (tty) process.stdout.write('\n');
  const s = result.snapshot;
  for (const f of result.failed)
    console.log(
      `failed: ${new Date(f.window.from).toISOString()} → ${new Date(f.window.to).toISOString()}: ${f.error}`,
    );
  if (result.interrupted) {
    console.log(
      `interrupted: ${s.done}/${s.total} windows fetched (${s.inFlight} asked are fetched all the same); run the same command again to go on`,
    );
    return 130;
  }
  console.log(
    `${args.system}/${result.dataset}: ${s.done}/${s.total} windows fetched, ${s.records} records${result.failed.length ? `; ${result.failed.length} failed (run again to ask them anew)` : ''}`,
  );
  return result.failed.length ? 1 : 0;
}

const [command, ...rest] = process.argv.slice(2);
try {
  if (command !== 'sync') throw new UsageError(command ? `unknown command "${command}"` : 'name a command');
  process.exitCode = await sync(rest);
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`playbook: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
