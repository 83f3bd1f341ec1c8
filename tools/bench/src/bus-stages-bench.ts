import type { Subscription } from '@playbook/bus/handler';
import { createBusConsumer } from '@playbook/bus-kafka/consumer';
import { createOutboxRelay } from '@playbook/bus-kafka/relay';
import { createSerde } from '@playbook/bus-kafka/serde';
import { postgresUnitOfWork } from '@playbook/bus-postgres/unit-of-work';
import type { Tx } from '@playbook/db/client';
import { uniqueNamespace } from '@playbook/testing/infra';
import { withTimeout } from './cleanup.ts';
import { cpuMeter } from './machine-cpu.ts';
import { waitUntil } from './pacing.ts';
import { BENCH_PRODUCER, PROBE_TYPE } from './probe.ts';
import { freshProbeTopic, probeTopic, sendInBatches, writeProbes } from './probe-run.ts';
import { deleteGroupsOnCleanup, freshDatabase } from './resources.ts';
import type { BenchContext, Mode, ResultRow, Scenario } from './scenario.ts';
import { summarize } from './stats.ts';

const STAGE_WAIT_MS = 120_000;

/**
 * Where the bus's CPU goes, one stage at a time on the same events: the publisher writes them all
 * to the outbox with no relay running, then the relay alone puts them on Kafka, then the consumer
 * alone handles them into its inbox. Per stage: this process's CPU per event (what a service
 * pays) and the whole machine's (adding PostgreSQL's and Kafka's share). In the bus scenario the
 * three share one event loop, so its throughput is bounded by the sum of their process CPU.
 */
export const busStagesScenario: Scenario = {
  name: 'bus-stages',
  description: 'publisher, relay and consumer each alone on the same events: CPU per event, process and machine',
  run: runStages,
};

async function runStages(ctx: BenchContext): Promise<ResultRow[]> {
  const { env, params, cleanup, log } = ctx;
  const namespace = uniqueNamespace('bench-stages');
  const schema = namespace.replaceAll('-', '_');
  const n = params.events;
  const kafka = await freshProbeTopic(ctx, namespace);
  const db = await freshDatabase(env, schema, cleanup);
  const publisherSql = db.pool(8, 'publisher');
  const serde = createSerde(env.registryUrl);
  let handled = 0;
  const group = `${namespace}-stages`;
  const subscription: Subscription<Tx> = {
    name: 'bench-stages',
    types: [PROBE_TYPE],
    async handle() {
      handled++;
    },
  };
  const relay = createOutboxRelay({ sql: db.pool(4, 'relay'), schema, kafka, serde, log, service: 'bench' });
  const consumer = createBusConsumer({
    kafka,
    serde,
    uow: postgresUnitOfWork(db.pool(params.partitions + 2, 'consumer'), { producer: BENCH_PRODUCER, namespace }),
    group,
    topics: [probeTopic(namespace)],
    subscriptions: [subscription],
    log,
    service: 'bench',
    partitionsConsumedConcurrently: params.partitions,
  });
  deleteGroupsOnCleanup(kafka, [group], cleanup);
  cleanup.add('outbox relay', () => relay.stop());
  cleanup.add('bus consumer', () => consumer.stop());
  /** Polls `done` every 20 ms (sparingly: its CPU counts in the stage), bounded by the run's deadline. */
  const until = (what: string, done: () => boolean | Promise<boolean>) =>
    waitUntil(done, { deadline: Math.min(ctx.deadline, Date.now() + STAGE_WAIT_MS), what, intervalMs: 20 });

  // The consumer joins first and handles a warm-up event, so the consumer stage measures handling, not joining.
  await withTimeout(consumer.start(), 30_000, 'starting the bus consumer (joining its group)');
  await writeProbes(publisherSql, { namespace, phase: 'warmup', first: 0, count: 1, keys: params.keys });
  await withTimeout(relay.start(), 30_000, 'starting the outbox relay');
  await until('the warm-up event to be handled', () => handled >= 1);
  await relay.stop();
  await consumer.stop();
  handled = 0;

  const rows: ResultRow[] = [];
  const stage = async (mode: Mode, note: string, work: () => Promise<void>) => {
    const cpuSince = cpuMeter();
    const started = performance.now();
    await work();
    const elapsedMs = performance.now() - started;
    const { processUs, machineUs } = cpuSince();
    ctx.progress(`bus-stages: ${mode} alone: ${n} events in ${Math.round(elapsedMs)} ms`);
    rows.push({
      scenario: busStagesScenario.name,
      mode,
      events: n,
      offeredRate: null,
      achievedRate: n / (elapsedMs / 1000),
      elapsedMs,
      latency: summarize([]),
      extra: {
        nodeCpuUsPerEvent: processUs / n,
        machineCpuUsPerEvent: machineUs / n,
        otherCpuUsPerEvent: (machineUs - processUs) / n,
      },
      notes: [note],
    });
  };
  await stage('publisher', `${params.txBatch} events/tx into the outbox, 1 writer, nothing else running`, () =>
    sendInBatches(n, params.txBatch, ctx.deadline, 'writing the stages run to the outbox', (first, count) =>
      writeProbes(publisherSql, { namespace, phase: 'stages', first, count, keys: params.keys }).then(() => {}),
    ),
  );
  await stage('relay', 'outbox → Kafka, alone, until the outbox has nothing unpublished', async () => {
    await relay.start();
    await until('the relay to publish the outbox', async () => (await relay.backlog()) === 0);
  });
  await relay.stop();
  await stage(
    'consumer',
    'Kafka → handler + inbox, alone, until every event is handled (rejoining its group included)',
    async () => {
      await consumer.start(); // from its committed offset, or the earliest (the warm-up event is then a duplicate, skipped)
      await until(`the consumer to handle ${n} events`, () => handled >= n);
    },
  );
  return rows;
}
