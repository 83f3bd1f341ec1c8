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
import { refuseSharedInfrastructure } from './guard.ts';
import { steadyLoad } from './load.ts';
import { effectsOf } from './verify.ts';

/**
 * npm run chaos — faults under load, against an infrastructure copy of your own (see guard.ts).
 * CHAOS_SECONDS (default 120), CHAOS_RATE (flow-1 requests per second, default 4),
 * CHAOS_KILL_EVERY_MS (a random module killed -9, default 6000).
 */
refuseSharedInfrastructure(process.env);
const seconds = Number(process.env.CHAOS_SECONDS ?? 120);
const rate = Number(process.env.CHAOS_RATE ?? 4);
const killEvery = Number(process.env.CHAOS_KILL_EVERY_MS ?? 6000);
const log = createLogger('chaos', process.env.LOG_LEVEL ?? 'warn');
const say = (text: string) => console.log(`[chaos +${Math.round((Date.now() - t0) / 1000)}s] ${text}`);
const t0 = Date.now();

const namespace = await freshNamespace('chaos');
const schemaOf = (name: string) => `${name}_${namespace.replaceAll('-', '_')}`;
const names = MODULES.map((m) => m.name);
const free = await freePorts(names.length);
const ports = Object.fromEntries(names.map((n, i) => [n, free[i]!])) as Record<ModuleName, number>;
const secret = 'chaos-only-secret-of-at-least-32-characters!';
const raw = { ...process.env, AUTH_JWT_SECRET: secret, BUS_NAMESPACE: namespace, LOG_LEVEL: 'error', NODE_ENV: 'test' };
const running = await startLayout({ mode: 'processes', promoted: [] }, parseEnv(kitEnv, raw), {
  source: { ...raw, PLAYBOOK_BOOTSTRAP_ADMIN: DEMO_ADMIN_BOOTSTRAP },
  ports,
  quiet: true,
  envFor: (name) => ({ DB_SCHEMA: schemaOf(name) }),
});
const brokers = process.env.KAFKA_BROKERS!.split(',');
const kafka = createKafka({ clientId: 'chaos', brokers, log });
const faults = {
  'kill -9 a module': 0,
  'restart Kafka': 0,
  'restart PostgreSQL': 0,
  'duplicate messages': 0,
  'poison messages': 0,
};
try {
  say(`10 modules up in processes mode (namespace ${namespace}); seeding the demo`);
  const demo = await seedDemo({ url: (n) => running.url(n), secret, bus: { brokers, namespace } });
  const vendorsTopic = topicFor('vendors', namespace);
  const duplicates = await duplicateEvery(kafka, vendorsTopic, `${namespace}.chaos-duplicator`, 10);
  const load = steadyLoad(() => running.url('vendors'), demo, rate);
  say(`load: ${rate} engagements/s for ${seconds}s`);
  const end = Date.now() + seconds * 1000;
  const at = (fraction: number) => t0 + (end - t0) * fraction;
  let kafkaDone = false;
  let pgDone = false;
  let poisonDone = false;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, killEvery));
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
      await restartInfra('kafka');
      faults['restart Kafka']++;
      kafkaDone = true;
    }
    if (!pgDone && Date.now() > at(0.7)) {
      say('restarting PostgreSQL');
      await restartInfra('postgres');
      faults['restart PostgreSQL']++;
      pgDone = true;
    }
  }
  const result = await load.stop();
  faults['duplicate messages'] = duplicates.sent();
  await duplicates.stop();
  say(
    `load stopped: ${result.offered} offered, ${result.accepted.length} accepted; waiting for every module to catch up`,
  );
  const settleUntil = Date.now() + 180_000;
  while (!running.ready() && Date.now() < settleUntil) await new Promise((r) => setTimeout(r, 1000));
  await waitUntilConsumersCaughtUp(
    kafka,
    names.map((n) => `${namespace}.${n}`),
    { timeoutMs: 120_000 },
  );
  let effects = await effectsOf(process.env.DATABASE_URL!, schemaOf, result.accepted);
  while (effects.lost.length > 0 && Date.now() < settleUntil) {
    await new Promise((r) => setTimeout(r, 2000));
    effects = await effectsOf(process.env.DATABASE_URL!, schemaOf, result.accepted);
  }
  const dlq = await deadLetters(kafka, vendorsTopic, `${namespace}.chaos-dlq-reader`);
  const poisonGroups = Object.values(dlq.poisonPerGroup);
  const allPoisonParked = poisonGroups.length > 0 && poisonGroups.every((n) => n === faults['poison messages']);
  const gaveUp = running
    .status()
    .filter((s) => s.state === 'failed')
    .map((s) => s.name);
  console.log('\nfaults injected');
  for (const [kind, n] of Object.entries(faults)) console.log(`  ${kind.padEnd(22)} ${n}`);
  console.log('\noutcome');
  console.log(`  requests offered       ${result.offered}`);
  console.log(`  requests accepted      ${effects.accepted}`);
  console.log(`  effects found (exact)  ${effects.exact}`);
  console.log(
    `  lost                   ${effects.lost.length}${effects.lost.length ? ` (${effects.lost.slice(0, 5).join(', ')})` : ''}`,
  );
  console.log(`  doubled                ${effects.doubled.length}`);
  console.log(`  unanswered (unknown)   ${result.unanswered}`);
  console.log(
    `  poison dead-lettered   ${JSON.stringify(dlq.poisonPerGroup)} distinct, of ${faults['poison messages']} per consuming group; ${dlq.poisonLetters} letters with repeats`,
  );
  console.log(`  other dead letters     ${dlq.others.length}`);
  for (const o of dlq.others.slice(0, 5)) console.log(`    ${o.group} ${o.code}: ${o.error}`);
  console.log(`  modules given up on    ${gaveUp.join(', ') || 'none'}`);
  process.exitCode = effects.lost.length || effects.doubled.length || !allPoisonParked ? 1 : 0;
} finally {
  await running.stop().catch(() => {});
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  for (const name of names) {
    await admin.unsafe(`drop schema if exists "${schemaOf(name)}" cascade`).catch(() => {});
    await admin.unsafe(`drop role if exists "svc_${schemaOf(name)}"`).catch(() => {});
  }
  await admin.end();
  await removeNamespace(namespace).catch((error) => console.error(`cleanup: ${error.message}`));
}
process.exit(process.exitCode ?? 0);
