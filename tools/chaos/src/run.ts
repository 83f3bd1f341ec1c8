import { createKafka } from '@playbook/bus-kafka/kafka';
import { waitUntilConsumersCaughtUp, whatIsBehind } from '@playbook/bus-kafka/settle';
import { topicFor } from '@playbook/contracts/catalog';
import { DEMO_ADMIN_BOOTSTRAP, seedDemo } from '@playbook/launcher/demo';
import { startLayout } from '@playbook/launcher/layout';
import { MODULES, type ModuleName } from '@playbook/launcher/modules';
import { kitEnv, parseEnv } from '@playbook/service-kit/env';
import { createLogger } from '@playbook/telemetry/logger';
import { dropModuleSchema, removeNamespace } from '@playbook/testing/cleanup';
import { freshNamespace } from '@playbook/testing/infra';
import { whereLostWorkStopped } from './diagnose.ts';
import { freePorts } from '@playbook/testing/ports';
import postgres from 'postgres';
import { injectFaults } from './fault-schedule.ts';
import { deadLetters, duplicateEvery } from './faults.ts';
import { type LoadRates, startLoads } from './loads.ts';
import { type ChaosReport, FAULT_KINDS, FLOWS, type FlowName, flowHeld } from './report.ts';
import { effectsOfFlows } from './verify.ts';

export interface ChaosOptions {
  /** How long the load runs, in seconds. */
  seconds: number;
  /** Flow-1 requests (engagements) offered per second. */
  rate: number;
  /** Flow 2: one Ramp window of four charges this often (default 2 s). */
  rampWindowEveryMs?: number;
  /** Flow 3: one more won HubSpot deal this often (default 3 s). */
  wonDealEveryMs?: number;
  /** A random module is killed -9 this often. */
  killEveryMs: number;
  /** These modules killed in this order (cycling) instead of random ones: to replay a run's faults. */
  victims?: ModuleName[];
  /** The environment of the infrastructure copy (DATABASE_URL, KAFKA_BROKERS, PLAYBOOK_*_PORT, ...). */
  env: Record<string, string | undefined>;
  say?: (text: string) => void;
}

/**
 * Flows 1, 2 and 3 at a steady rate in processes mode while modules are killed -9, the broker and
 * PostgreSQL restarted, 10 % of the vendors and connector topics re-sent and poison messages sent;
 * then, from the modules' own databases and the dead-letter topics, whether every accepted unit has
 * exactly its effects. Runs only against an infrastructure copy (see guard.ts): it restarts Kafka and PostgreSQL.
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
  const raw = {
    ...env,
    AUTH_JWT_SECRET: secret,
    BUS_NAMESPACE: namespace,
    LOG_LEVEL: env.CHAOS_MODULE_LOG_LEVEL ?? 'error',
    NODE_ENV: 'test',
  };
  const kit = parseEnv(kitEnv, raw);
  // The modules only: chaos plays the Ramp and HubSpot connectors itself (loads.ts); what it checks is the modules.
  const running = await startLayout({ mode: 'processes', promoted: [], only: names }, kit, {
    source: { ...raw, PLAYBOOK_BOOTSTRAP_ADMIN: DEMO_ADMIN_BOOTSTRAP },
    ports,
    // Modules' logs only when a level was asked for (CHAOS_MODULE_LOG_LEVEL): at error, each restart is noise.
    quiet: !env.CHAOS_MODULE_LOG_LEVEL,
    envFor: (name) => ({ DB_SCHEMA: schemaOf(name) }),
  });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const kafka = createKafka({ clientId: 'chaos', brokers, log });
  const faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as ChaosReport['faults'];
  try {
    say(`${names.length} modules up in processes mode (namespace ${namespace}); seeding the demo`);
    const demo = await seedDemo({ url: (n) => running.url(n), secret, bus: { brokers, namespace } });
    const vendorsTopic = topicFor('vendors', namespace);
    const wireTopics = [vendorsTopic, ...['ramp', 'hubspot'].map((s) => topicFor(`integrations.${s}`, namespace))];
    const duplicates = await duplicateEvery(kafka, wireTopics, `${namespace}.chaos-duplicator`, 10);
    const rates: LoadRates = {
      engagementsPerSecond: o.rate,
      rampWindowEveryMs: o.rampWindowEveryMs ?? 2000,
      chargesPerWindow: 4,
      wonDealEveryMs: o.wonDealEveryMs ?? 3000,
    };
    const bus = { registryUrl: kit.SCHEMA_REGISTRY_URL, namespace, version: kit.SERVICE_VERSION };
    const loads = await startLoads({ demo, vendorsUrl: () => running.url('vendors'), kafka, bus, rates, say });
    say(
      `load for ${o.seconds}s: ${o.rate} engagements/s, a Ramp window every ${rates.rampWindowEveryMs} ms, a won deal every ${rates.wonDealEveryMs} ms`,
    );
    const start = Date.now();
    const schedule = {
      start,
      end: start + o.seconds * 1000,
      killEveryMs: o.killEveryMs,
      modules: names,
      victims: o.victims,
    };
    await injectFaults({ ...schedule, running, kafka, poisonTopic: vendorsTopic, env, say }, faults);
    const results = await loads.stop();
    faults['duplicate messages'] = duplicates.sent();
    await duplicates.stop();
    const counts = Object.entries(results).map(
      ([flow, r]) => `${flow} ${r.offered} offered, ${r.accepted.length} accepted`,
    );
    say(`load stopped: ${counts.join('; ')}; waiting for every module`);
    const settleFrom = Date.now();
    const settleUntil = settleFrom + 180_000;
    while (!running.ready() && Date.now() < settleUntil) await new Promise((r) => setTimeout(r, 1000));
    const groups = names.map((n) => `${namespace}.${n}`);
    const caughtUp = await waitUntilConsumersCaughtUp(kafka, groups, { timeoutMs: 120_000 });
    say(
      `every module ${caughtUp ? 'caught up' : 'NOT caught up'} after ${Math.round((Date.now() - settleFrom) / 1000)}s`,
    );
    if (!caughtUp) say(`behind: ${(await whatIsBehind(kafka, groups).catch((e: Error) => [e.message])).join('; ')}`);
    const effects = await effectsOfFlows(databaseUrl, schemaOf, demo.orgId, results, settleUntil);
    if (Object.values(effects).some((e) => e.lost.length > 0)) {
      const db = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      const lines = await whereLostWorkStopped(db, schemaOf, names, effects.engageVendor.lost).catch((e: Error) => [
        `could not say where lost work stopped: ${e.message}`,
      ]);
      await db.end();
      for (const line of lines) say(line);
    }
    const flows = Object.fromEntries(
      (Object.keys(FLOWS) as FlowName[]).map((name) => [
        name,
        { ...effects[name], offered: results[name].offered, unanswered: results[name].unanswered },
      ]),
    ) as ChaosReport['flows'];
    const dlq = await deadLetters(kafka, wireTopics, `${namespace}.chaos-dlq-reader`);
    const poisonGroups = Object.values(dlq.poisonPerGroup);
    const allPoisonParked = poisonGroups.length > 0 && poisonGroups.every((n) => n === faults['poison messages']);
    return {
      faults,
      flows,
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
      held: Object.values(flows).every(flowHeld) && allPoisonParked,
    };
  } finally {
    await running.stop().catch(() => {});
    for (const name of names) await dropModuleSchema(schemaOf(name)).catch(() => {});
    await removeNamespace(namespace).catch((error) => console.error(`cleanup: ${error.message}`));
  }
}
