import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePorts } from '@playbook/testing/ports';

const INFRA = fileURLToPath(new URL('../../../deploy/local/infra.sh', import.meta.url));

function infra(args: string[], env: Record<string, string | undefined>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [INFRA, ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`infra ${args.join(' ')} exited ${code}`)),
    );
  });
}

/**
 * A Kafka broker and a PostgreSQL cluster of their own (ports the OS says are free, state in a
 * temporary directory), beside the shared infrastructure whose schema registry they keep using:
 * what the chaos test restarts without touching anything else.
 */
export async function startInfraCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'playbook-chaos-'));
  const [pg, kafka, controller] = await freePorts(3);
  const env: Record<string, string | undefined> = {
    ...process.env,
    PLAYBOOK_STATE_DIR: dir,
    PLAYBOOK_PG_PORT: String(pg),
    PLAYBOOK_KAFKA_PORT: String(kafka),
    PLAYBOOK_KAFKA_CONTROLLER_PORT: String(controller),
  };
  delete env.DATABASE_URL; // set, the infra script would use that PostgreSQL instead of its own
  await infra(['up', '--only', 'postgres,kafka'], env);
  const written = await readFile(join(dir, 'env'), 'utf8');
  const setting = (name: string) => written.match(new RegExp(`^export ${name}=(.*)$`, 'm'))?.[1];
  env.DATABASE_URL = setting('DATABASE_URL');
  env.KAFKA_BROKERS = setting('KAFKA_BROKERS');
  return {
    env,
    async stop() {
      await infra(['down', '--purge'], { ...env, DATABASE_URL: undefined }).catch((e) => console.error(e.message));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
