import { createKafka } from '@playbook/bus-kafka/kafka';
import { waitUntilConsumersCaughtUp } from '@playbook/bus-kafka/settle';
import { topicFor } from '@playbook/contracts/catalog';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo } from '@playbook/launcher/demo';
import { startLayout } from '@playbook/launcher/layout';
import { MODULES, type ModuleName } from '@playbook/launcher/modules';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { createLogger } from '@playbook/telemetry/logger';
import { removeNamespace } from '@playbook/testing/cleanup';
import { freshNamespace } from '@playbook/testing/infra';
import { freePorts } from '@playbook/testing/ports';
import postgres from 'postgres';
import { deadLetters, duplicateEvery, restartInfra, sendPoison } from './faults.ts';
import { steadyLoad } from './load.ts';
import { effectsOf } from './verify.ts';

export interface ChaosOptions {
  /** How long the load runs, in seconds. */
  seconds: number;
  /** Flow-1 requests (engagements) offered per second. */
  rate: number;
  /** A random module is killed -9 this often. */
  killEveryMs: number;
  /** The environment of the infrastructure copy (DATABASE_URL, KAFKA_BROKERS, PLAYBOOK_*_PORT, ...). */
  env: Record<string, string | undefined>;
  say?: (text: string) => void;
}

export const FAULT_KINDS = [
  'kill -9 a module',
  'restart Kafka',
  'restart PostgreSQL',
  'duplicate messages',
  'poison messages',
] as const;

export interface ChaosReport {
  faults: Record<(typeof FAULT_KINDS)[number], number>;
  offered: number;
  accepted: number;
  exact: number;
  lost: string[];
  doubled: string[];
  unanswered: number;
  poisonPerGroup: Record<string, number>;
  poisonLetters: number;
  otherDeadLetters: { group: string; code: string; error: string }[];
  /** Dead letters on the topics and how many the reader got through (all, unless it ran out of time). */
  deadLettersOnTopics: number;
  deadLettersRead: number;
  /** Whether every module's consumer group had committed to the end of its topics before the check, and when. */
  caughtUp: boolean;
  settleSeconds: number;
  gaveUp: string[];
  /** Every accepted request has exactly its effects and every poison message is parked in every group's DLQ. */
  held: boolean;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Flow 1 at a steady rate in processes mode while modules are killed -9, the broker and PostgreSQL
 * restarted, 10 % of the vendors topic re-sent and poison messages sent; then, from the modules'
 * own databases and the dead-letter topics, whether every accepted request has exactly its effects.
 * Runs only against an infrastructure copy (see guard.ts): it restarts Kafka and PostgreSQL.
 */
export async function runChaos(o: ChaosOptions): Promise<ChaosReport> {
  const t0 = Date.now();
  const say = o.say ?? ((text: string) => console.log(`[chaos +${Math.round((Date.now() - t0) / 1000)}s] ${text}`));
  const env = o.env;
  const databaseUrl = env.DATABASE_URL!;
  const log = createLogger('chaos', env.LOG_LEVEL ?? 'warn');
  const namespace = await freshNamespace('chaos');
  const schemaOf = (name: string) => `${name}_${namespace.replaceAll('-', '_')}`;
  const names = MODULES.map((m) => m.name);
  const free = await freePorts(names.length);
  const ports = Object.fromEntries(names.map((n, i) => [n, free[i]!])) as Record<ModuleName, number>;
  const secret = 'chaos-only-secret-of-at-least-32-characters!';
  const raw = { ...env, AUTH_JWT_SECRET: secret, BUS_NAMESPACE: namespace, LOG_LEVEL: 'error', NODE_ENV: 'test' };
  // The modules only: the connectors are not part of what chaos checks (each accepted request's PO and sign-off).
  const running = await startLayout({ mode: 'processes', promoted: [], only: names }, parseEnv(kitEnv, raw), {
    source: { ...raw, PLAYBOOK_BOOTSTRAP_ADMIN: DEMO_ADMIN_BOOTSTRAP },
    ports,
    quiet: true,
    envFor: (name) => ({ DB_SCHEMA: schemaOf(name) }),
  });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const kafka = createKafka({ clientId: 'chaos', brokers, log });
  const faults: ChaosReport['faults'] = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as ChaosReport['faults'];
  try {
    say(`${names.length} modules up in processes mode (namespace ${namespace}); seeding the demo`);
    const demo = await seedDemo({ url: (n) => running.url(n), secret, bus: { brokers, namespace } });
    const vendorsTopic = topicFor('vendors', namespace);
    const duplicates = await duplicateEvery(kafka, vendorsTopic, `${namespace}.chaos-duplicator`, 10);
    const load = steadyLoad(() => running.url('vendors'), demo, o.rate);
    say(`load: ${o.rate} engagements/s for ${o.seconds}s`);
    const start = Date.now();
    const end = start + o.seconds * 1000;
    const at = (fraction: number) => start + (end - start) * fraction;
    let kafkaDone = false;
    let pgDone = false;
    let poisonDone = false;
    while (Date.now() < end) {
      await pause(o.killEveryMs);
      const victim = names[Math.floor(Math.random() * names.length)]!;
      const pid = running.pid(victim);
      if (pid && running.status().find((s) => s.name === victim)?.state === 'running') {
        process.kill(pid, 'SIGKILL');
        faults['kill -9 a module']++;
        say(`kill -9 ${victim} (pid ${pid})`);
      }
      if (!poisonDone && Date.now() > at(0.3)) {
        faults['poison messages'] += await sendPoison(kafka, vendorsTopic, 10);
        poisonDone = true;
        say('10 poison messages on the vendors topic');
      }
      if (!kafkaDone && Date.now() > at(0.45)) {
        say('restarting Kafka');
        await restartInfra('kafka', env);
        faults['restart Kafka']++;
        kafkaDone = true;
      }
      if (!pgDone && Date.now() > at(0.7)) {
        say('restarting PostgreSQL');
        await restartInfra('postgres', env);
        faults['restart PostgreSQL']++;
        pgDone = true;
      }
    }
    const result = await load.stop();
    faults['duplicate messages'] = duplicates.sent();
    await duplicates.stop();
    say(`load stopped: ${result.offered} offered, ${result.accepted.length} accepted; waiting for every module`);
    const settleFrom = Date.now();
    const settleUntil = settleFrom + 180_000;
    while (!running.ready() && Date.now() < settleUntil) await pause(1000);
    const caughtUp = await waitUntilConsumersCaughtUp(
      kafka,
      names.map((n) => `${namespace}.${n}`),
      { timeoutMs: 120_000 },
    );
    say(
      `every module ${caughtUp ? 'caught up' : 'NOT caught up'} after ${Math.round((Date.now() - settleFrom) / 1000)}s`,
    );
    let effects = await effectsOf(databaseUrl, schemaOf, result.accepted);
    while (effects.lost.length > 0 && Date.now() < settleUntil) {
      await pause(2000);
      effects = await effectsOf(databaseUrl, schemaOf, result.accepted);
    }
    const dlq = await deadLetters(kafka, vendorsTopic, `${namespace}.chaos-dlq-reader`);
    const poisonGroups = Object.values(dlq.poisonPerGroup);
    const allPoisonParked = poisonGroups.length > 0 && poisonGroups.every((n) => n === faults['poison messages']);
    return {
      faults,
      offered: result.offered,
      accepted: effects.accepted,
      exact: effects.exact,
      lost: effects.lost,
      doubled: effects.doubled,
      unanswered: result.unanswered,
      poisonPerGroup: dlq.poisonPerGroup,
      poisonLetters: dlq.poisonLetters,
      otherDeadLetters: dlq.others,
      deadLettersOnTopics: dlq.onTopics,
      deadLettersRead: dlq.read,
      caughtUp,
      settleSeconds: Math.round((Date.now() - settleFrom) / 1000),
      gaveUp: running
        .status()
        .filter((s) => s.state === 'failed')
        .map((s) => s.name),
      held: effects.lost.length === 0 && effects.doubled.length === 0 && allPoisonParked,
    };
  } finally {
    await running.stop().catch(() => {});
    const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    for (const name of names) {
      await admin.unsafe(`drop schema if exists "${schemaOf(name)}" cascade`).catch(() => {});
      await admin.unsafe(`drop role if exists "svc_${schemaOf(name)}"`).catch(() => {});
    }
    await admin.end();
    await removeNamespace(namespace).catch((error) => console.error(`cleanup: ${error.message}`));
  }
}

/** The table the chaos command and its test print: faults per kind, then requests and their effects. */
export function formatReport(r: ChaosReport): string {
  const lines = ['faults injected'];
  for (const [kind, n] of Object.entries(r.faults)) lines.push(`  ${kind.padEnd(22)} ${n}`);
  lines.push('', 'outcome');
  lines.push(`  requests offered       ${r.offered}`);
  lines.push(`  requests accepted      ${r.accepted}`);
  lines.push(`  effects found (exact)  ${r.exact}`);
  lines.push(`  lost                   ${r.lost.length}${r.lost.length ? ` (${r.lost.slice(0, 5).join(', ')})` : ''}`);
  lines.push(`  doubled                ${r.doubled.length}`);
  lines.push(`  unanswered (unknown)   ${r.unanswered}`);
  const total = r.faults['poison messages'];
  lines.push(
    `  poison dead-lettered   ${JSON.stringify(r.poisonPerGroup)} distinct, of ${total} per consuming group; ${r.poisonLetters} letters with repeats`,
  );
  lines.push(`  dead letters read      ${r.deadLettersRead} of ${r.deadLettersOnTopics} on the topics`);
  lines.push(`  other dead letters     ${r.otherDeadLetters.length}`);
  for (const d of r.otherDeadLetters.slice(0, 5)) lines.push(`    ${d.group} ${d.code}: ${d.error}`);
  lines.push(`  modules given up on    ${r.gaveUp.join(', ') || 'none'}`);
  lines.push(`  consumers caught up    ${r.caughtUp ? 'yes' : 'NO'} (settled in ${r.settleSeconds}s)`);
  lines.push(`  verdict                ${r.held ? 'held' : 'BROKEN'}`);
  return lines.join('\n');
}
