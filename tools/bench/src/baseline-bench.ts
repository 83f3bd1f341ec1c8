import { randomUUID } from 'node:crypto';
import { buildEnvelope } from '@playbook/bus/envelope';
import { HEADER } from '@playbook/bus-kafka/headers';
import { createSerde } from '@playbook/bus-kafka/serde';
import { uniqueNamespace } from '@playbook/testing/infra';
import type { Message } from 'kafkajs';
import { KeyHashPartitioner } from '@playbook/bus-kafka/partitioner';
import { withTimeout } from './cleanup.ts';
import { cpuMeter } from './machine-cpu.ts';
import { drainer } from './drain.ts';
import { latencyModes, openLoop } from './pacing.ts';
import { BENCH_PRODUCER, benchCause, PROBE_TYPE, probeInput } from './probe.ts';
import { freshProbeTopic, probeTopic, sendInBatches } from './probe-run.ts';
import { queueSender } from './queue-sender.ts';
import { Recorder } from './recorder.ts';
import { deleteGroupsOnCleanup } from './resources.ts';
import { measuredRow } from './result-row.ts';
import type { BenchContext, ResultRow, Scenario } from './scenario.ts';

const DRAIN_MS = 60_000;
const WARMUP_MS = 30_000;
/** Messages per produce request: the relay's default batch size. */
const SEND_BATCH = 500;
const PHASE_HEADER = 'bench-phase';
const SENT_AT_HEADER = 'bench-sent-at';

/**
 * What Kafka alone costs on the same broker: the same Avro bytes (one ProbeRecorded envelope
 * encoded once with the bus serde), produced with the relay's producer settings (idempotent,
 * acks=all) and consumed by a plain kafkajs consumer with no decoding and no database.
 */
export const baselineScenario: Scenario = {
  name: 'kafka-baseline',
  description: 'raw kafkajs produce (idempotent, acks=all) → consume of the same Avro bytes, no database',
  run: runBaseline,
};

async function runBaseline(ctx: BenchContext): Promise<ResultRow[]> {
  const { env, params, cleanup } = ctx;
  const namespace = uniqueNamespace('bench-raw');
  const topic = probeTopic(namespace);
  const group = `${namespace}-raw-consumer`;
  ctx.progress(`baseline: topic ${topic}`);

  const kafka = await freshProbeTopic(ctx, namespace);
  const value = await createSerde(env.registryUrl).encode(
    topic,
    buildEnvelope(probeInput(namespace, 'throughput', 0, params.keys), benchCause(namespace), BENCH_PRODUCER),
  );

  const recorder = new Recorder();
  const consumer = kafka.consumer({ groupId: group });
  deleteGroupsOnCleanup(kafka, [group], cleanup);
  cleanup.add('baseline consumer', () => consumer.disconnect());
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.run({
    partitionsConsumedConcurrently: params.partitions,
    eachMessage: async ({ message }) => {
      const receivedAt = Date.now();
      const phase = message.headers?.[PHASE_HEADER]?.toString() ?? 'unknown';
      recorder.record(phase, Number(message.headers?.[SENT_AT_HEADER]?.toString()), receivedAt);
    },
  });
  await withTimeout(joined, 30_000, 'the baseline consumer joining its group');

  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: KeyHashPartitioner,
  });
  cleanup.add('baseline producer', () => producer.disconnect());
  await producer.connect();

  const message = (phase: string, sequence: number, sentAt: number): Message => ({
    key: `${namespace}:${phase}:${sequence % params.keys}`,
    value,
    // The bus's own headers (same sizes) plus the two the baseline measures with.
    headers: {
      [HEADER.messageId]: randomUUID(),
      [HEADER.type]: PROBE_TYPE,
      [HEADER.correlationId]: randomUUID(),
      [PHASE_HEADER]: phase,
      [SENT_AT_HEADER]: String(sentAt),
    },
  });
  const drained = drainer(recorder, {
    deadline: ctx.deadline,
    maxMs: DRAIN_MS,
    what: (phase, expected) => `the baseline consumer to receive ${expected} "${phase}" messages`,
    progress: (received, expected) => `${received}/${expected} received`,
  });

  recorder.phase('warmup');
  await producer.send({
    topic,
    acks: -1,
    messages: Array.from({ length: 20 }, (_, i) => message('warmup', i, Date.now())),
  });
  await drained('warmup', 20, WARMUP_MS);
  ctx.progress('baseline: warm-up delivered');

  // (a) Throughput: N messages in produce requests of SEND_BATCH, one after another.
  const n = params.events;
  const tput = recorder.phase('throughput');
  const start = Date.now();
  const cpuSince = cpuMeter();
  await sendInBatches(n, SEND_BATCH, ctx.deadline, 'producing the baseline throughput run', async (first, count) => {
    const sentAt = Date.now();
    const batch = Array.from({ length: count }, (_, i) => message('throughput', first + i, sentAt));
    await producer.send({ topic, acks: -1, messages: batch });
  });
  const producedAt = Date.now();
  await drained('throughput', n);
  const tputElapsed = tput.lastDeliveredAt - start;
  const tputCpu = cpuSince();
  ctx.progress(`baseline: throughput run delivered in ${tputElapsed} ms`);

  // (b) Latency, open loop: ticks enqueue, one sender drains the queue (as the relay drains the outbox).
  const latencyRuns = [];
  for (const [mode, rate] of latencyModes(params)) {
    const phase = recorder.phase(mode);
    const sender = queueSender(producer, topic, SEND_BATCH);
    let paced: Awaited<ReturnType<typeof openLoop>>;
    try {
      paced = await openLoop({ ...params, rate }, async (_tick, count, first) => {
        const sentAt = Date.now();
        sender.enqueue(Array.from({ length: count }, (_, i) => message(mode, first + i, sentAt)));
      });
    } finally {
      await sender.close();
    }
    await drained(mode, paced.events);
    ctx.progress(`baseline: ${mode} run delivered (${paced.events} messages at ${rate}/s)`);
    latencyRuns.push({ mode, rate, phase, paced, maxBatch: sender.maxBatch() });
  }

  return [
    measuredRow({
      scenario: baselineScenario.name,
      mode: 'throughput',
      events: n,
      offeredRate: null,
      elapsedMs: tputElapsed,
      phase: tput,
      extra: {
        produceRate: n / ((producedAt - start) / 1000),
        messagesPerRequest: SEND_BATCH,
        nodeCpuUsPerEvent: tputCpu.processUs / n,
        // All cores (PostgreSQL, Kafka, this process): on a machine the run saturates, what bounds the rate.
        machineCpuUsPerEvent: tputCpu.machineUs / n,
        valueBytes: value.length,
      },
      notes: [`${SEND_BATCH} msgs/produce request, ${value.length}-byte Avro value`],
    }),
    ...latencyRuns.map(({ mode, rate, phase, paced, maxBatch }) =>
      measuredRow({
        scenario: baselineScenario.name,
        mode,
        events: paced.events,
        offeredRate: rate,
        elapsedMs: phase.lastDeliveredAt - paced.startedAt,
        phase,
        extra: { pacerMaxSlipMs: paced.maxSlipMs, maxBatchSent: maxBatch },
        notes: [`open loop, ${(rate * params.tickMs) / 1000} msgs every ${params.tickMs} ms, 1 sender`],
      }),
    ),
  ];
}
