import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { InfraEnv } from '@playbook/testing/infra';
import postgres from 'postgres';
import type { Environment } from './report.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Where and on what the numbers were measured. */
export async function describeEnvironment(env: InfraEnv): Promise<Environment> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    kafka: await kafkaVersion(),
    kafkajs: (createRequire(import.meta.url)('kafkajs/package.json') as { version: string }).version,
    postgres: await postgresVersion(env.databaseUrl),
    note:
      `${cpus.length} cores shared by everything: PostgreSQL, Kafka, the schema registry and this one Node process ` +
      '(publisher, relay and consumer, or producer and consumer; for the fan-out also every domain module, in it or a process each); ' +
      'absolute numbers are low, compare rows with each other.',
  };
}

/** The local broker's version, as pinned by deploy/local (the broker does not report it over the protocol). */
async function kafkaVersion(): Promise<string> {
  try {
    const script = await readFile(`${REPO_ROOT}deploy/local/lib/kafka.sh`, 'utf8');
    return /^KAFKA_VERSION=([\w.-]+)/m.exec(script)?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function postgresVersion(url: string): Promise<string> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql<{ server_version: string }[]>`show server_version`;
    return `PostgreSQL ${row?.server_version ?? 'unknown'}`;
  } finally {
    await sql.end({ timeout: 5 });
  }
}
