import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createBusConsumer } from '@playbook/bus-kafka/consumer';
import { createOutboxRelay } from '@playbook/bus-kafka/relay';
import { createSerde } from '@playbook/bus-kafka/serde';
import { deleteExpired } from '@playbook/bus-postgres/retention';
import { postgresUnitOfWork } from '@playbook/bus-postgres/unit-of-work';
import type { Sql } from '@playbook/db/client';
import { uniqueNamespace } from '@playbook/testing/infra';
import { withTimeout } from './cleanup.ts';
import { cpuMeter } from './machine-cpu.ts';
import { deliveryTiming } from './delivery-timing.ts';
import { drainer } from './drain.ts';
import { latencyModes, openLoop } from './pacing.ts';
import { BENCH_PRODUCER } from './probe.ts';
import { freshProbeTopic, probeTopic, sendInBatches, writeProbes } from './probe-run.ts';
import { Recorder } from './recorder.ts';
import { type StageClock, stageClock } from './stage-clock.ts';
import { deleteGroupsOnCleanup, freshDatabase } from './resources.ts';
import { measuredRow } from './result-row.ts';
import type { BenchContext, ResultRow, Scenario } from './scenario.ts';

/** How long the consumer may take to catch up after the last event was written (the run's deadline still applies). */
const DRAIN_MS = 100_000;
const WARMUP_MS = 30_000;

/**
 * The whole bus path of a real service: a publisher writes ProbeRecorded events to the outbox
 * inside transactions, the outbox relay publishes them, and a bus consumer handles each in its
 * partition batch's inbox transaction. Latency = commit of that transaction − envelope.occurredAt.
 */
export const busScenario: Scenario = {
  name: 'bus',
  description: 'outbox (PostgreSQL tx) → relay → Kafka → consumer + inbox (PostgreSQL tx)',
  run: runBus,
};

async function runBus(ctx: BenchContext): Promise<ResultRow[]> {
  const { env, params, cleanup, log } = ctx;
  const namespace = uniqueNamespace('bench-bus');
  const schema = namespace.replaceAll('-', '_');
  const topic = probeTopic(namespace);
  const group = `${namespace}-probe-consumer`;
  ctx.progress(`bus: namespace ${namespace}, schema ${schema}, topic ${topic}`);

  const kafka = await freshProbeTopic(ctx, namespace);
  const db = await freshDatabase(env, schema, cleanup);
  const publisherSql = db.pool(8, 'publisher');
  const relaySql = db.pool(4, 'relay');
  const consumerSql = db.pool(params.partitions + 2, 'consumer');

  const serde = createSerde(env.registryUrl);
  const recorder = new Recorder();
  const clock = stageClock();
  const timing = deliveryTiming(recorder, clock.finish);
  const relay = createOutboxRelay({
    sql: relaySql,
    schema,
    kafka,
    serde,
    log,
    service: 'bench',
    afterSend: (rows) => {
      const ackedAt = Date.now();
      for (const row of rows) clock.stamp(row.id, 'acked', ackedAt);
    },
  });
  const consumer = createBusConsumer({
    kafka,
    // The same serde, noting when each message reaches the consumer's handling (decoded first thing).
    serde: {
      encode: serde.encode,
      decode: async (buffer, type) => {
        const fetchedAt = Date.now();
        const envelope = await serde.decode(buffer, type);
        clock.stamp(envelope.messageId, 'fetched', fetchedAt);
        return envelope;
      },
    },
    uow: timing.wrap(postgresUnitOfWork(consumerSql, { producer: BENCH_PRODUCER, namespace })),
    group,
    topics: [topic],
    subscriptions: [timing.subscription],
    log,
    service: 'bench',
    partitionsConsumedConcurrently: params.partitions,
  });
  deleteGroupsOnCleanup(kafka, [group], cleanup);
  cleanup.add('bus consumer', () => consumer.stop());
  await withTimeout(consumer.start(), 30_000, 'starting the bus consumer (joining its group)');
  cleanup.add('outbox relay', () => relay.stop());
  await withTimeout(relay.start(), 30_000, 'starting the outbox relay');

  const write = (phase: string, first: number, count: number) =>
    publishTx(publisherSql, clock, namespace, phase, first, count, params.keys);
  const drained = drainer(recorder, {
    deadline: ctx.deadline,
    maxMs: DRAIN_MS,
    what: (phase, expected) => `the bus consumer to handle ${expected} "${phase}" events`,
    progress: async (handled, expected) =>
      `${handled}/${expected} handled; ${await relay.backlog()} rows still unpublished in the outbox`,
  });

  // Warm-up: schema id lookups, metadata, group assignment; proves the path works before measuring.
  recorder.phase('warmup');
  await write('warmup', 0, 20);
  await drained('warmup', 20, WARMUP_MS);
  ctx.progress('bus: warm-up delivered end to end');

  // (a) Throughput: N events in transactions of txBatch, one writer, as fast as it goes.
  const n = params.events;
  const tput = recorder.phase('throughput');
  const start = Date.now();
  const cpuSince = cpuMeter();
  // How long the event loop was held at a time (publisher, relay and consumer share it, as in a service).
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  await sendInBatches(n, params.txBatch, ctx.deadline, 'writing the throughput run to the outbox', (first, count) =>
    write('throughput', first, count),
  );
  const writtenAt = Date.now();
  ctx.progress(`bus: ${n} events written to the outbox in ${writtenAt - start} ms; waiting for the consumer`);
  await drained('throughput', n);
  const tputElapsed = tput.lastDeliveredAt - start;
  const tputCpu = cpuSince();
  loopDelay.disable();
  ctx.progress(`bus: throughput run delivered in ${tputElapsed} ms`);

  // (b) Latency at fixed offered loads (open loop): one transaction per tick.
  const latencyRuns = [];
  for (const [mode, rate] of latencyModes(params)) {
    const phase = recorder.phase(mode);
    const phaseLoopDelay = monitorEventLoopDelay({ resolution: 5 });
    phaseLoopDelay.enable();
    const paced = await openLoop({ ...params, rate }, (_tick, count, first) => write(mode, first, count));
    await drained(mode, paced.events);
    phaseLoopDelay.disable();
    ctx.progress(`bus: ${mode} run delivered (${paced.events} events at ${rate}/s)`);
    latencyRuns.push({
      mode,
      rate,
      phase,
      paced,
      loopDelay: phaseLoopDelay,
      relay: await relayStage(publisherSql, mode),
    });
  }

  const tputRelay = await relayStage(publisherSql, 'throughput');
  const retention = await retentionStage(publisherSql);
  return [
    measuredRow({
      scenario: busScenario.name,
      mode: 'throughput',
      events: n,
      offeredRate: null,
      elapsedMs: tputElapsed,
      phase: tput,
      extra: {
        outboxWriteRate: n / ((writtenAt - start) / 1000),
        eventsPerTx: params.txBatch,
        // This process's CPU (publisher, relay, consumer) per event: unlike the rates, not inflated by a busy machine.
        nodeCpuUsPerEvent: tputCpu.processUs / n,
        // All cores (PostgreSQL, Kafka, this process): on a machine the run saturates, what bounds the rate.
        machineCpuUsPerEvent: tputCpu.machineUs / n,
        eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        eventLoopDelayMaxMs: loopDelay.max / 1e6,
        ...tputRelay,
        ...clock.summary('throughput'),
        ...retention,
      },
      notes: [`${params.txBatch} events/tx, 1 writer; latency here is mostly queueing behind the backlog`],
    }),
    ...latencyRuns.map(({ mode, rate, phase, paced, loopDelay, relay }) =>
      measuredRow({
        scenario: busScenario.name,
        mode,
        events: paced.events,
        offeredRate: rate,
        elapsedMs: phase.lastDeliveredAt - paced.startedAt,
        phase,
        extra: {
          eventsPerTx: (rate * params.tickMs) / 1000,
          pacerMaxSlipMs: paced.maxSlipMs,
          maxTxInFlight: paced.maxInFlight,
          eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
          eventLoopDelayMaxMs: loopDelay.max / 1e6,
          ...relay,
          ...clock.summary(mode),
        },
        notes: [`open loop, 1 tx of ${(rate * params.tickMs) / 1000} events every ${params.tickMs} ms`],
      }),
    ),
  ];
}

/**
 * After the run, retention with a zero window (as the relay's worker does with a real one):
 * every published outbox row and every inbox row goes, in bounded batches, and how long it took.
 */
async function retentionStage(sql: Sql): Promise<Record<string, number>> {
  const count = async () => {
    const [row] = await sql<{ outbox: number; inbox: number }[]>`
      select (select count(*)::int from outbox) as outbox, (select count(*)::int from inbox) as inbox`;
    return row!;
  };
  const before = await count();
  const started = Date.now();
  await deleteExpired(sql, { outboxAfterMs: 0, inboxAfterMs: 0, batchSize: 5000, maxBatches: 1000 });
  const retentionMs = Date.now() - started;
  const after = await count();
  return {
    outboxRowsBefore: before.outbox,
    inboxRowsBefore: before.inbox,
    outboxRowsAfterRetention: after.outbox,
    inboxRowsAfterRetention: after.inbox,
    retentionMs,
  };
}

/**
 * The relay's share of the latency, from the outbox itself: occurred_at → published_at (set after
 * Kafka acknowledged the batch). The rest of the end-to-end figure is Kafka → consumer → inbox commit.
 */
async function relayStage(sql: Sql, phase: string): Promise<Record<string, number>> {
  const [row] = await sql<{ p50: number | null; p99: number | null }[]>`
    select percentile_cont(0.5) within group (order by ms) as p50, percentile_cont(0.99) within group (order by ms) as p99
    from (select extract(epoch from published_at - occurred_at) * 1000 as ms from outbox
          where payload->'payload'->>'note' = ${phase} and published_at is not null) as stage`;
  return { relayP50Ms: Number(row?.p50 ?? Number.NaN), relayP99Ms: Number(row?.p99 ?? Number.NaN) };
}

/** Writes `count` probes to the outbox in one transaction, each entering the stage clock as it is built. */
async function publishTx(
  sql: Sql,
  clock: StageClock,
  namespace: string,
  phase: string,
  first: number,
  count: number,
  keys: number,
): Promise<void> {
  const envelopes = await writeProbes(sql, { namespace, phase, first, count, keys }, (written) => {
    for (const envelope of written) clock.begin(envelope.messageId, phase, envelope.occurredAt);
  });
  const committedAt = Date.now();
  for (const envelope of envelopes) clock.stamp(envelope.messageId, 'committed', committedAt);
}
