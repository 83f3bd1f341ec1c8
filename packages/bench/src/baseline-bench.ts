import { randomUUID } from 'node:crypto';
import { buildEnvelope } from '@playbook/bus/envelope';
import { HEADER } from '@playbook/bus-kafka/headers';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { createSerde } from '@playbook/bus-kafka/serde';
import { topicFor } from '@playbook/contracts/catalog';
import { uniqueNamespace } from '@playbook/testing/infra';
import { Partitioners, type Message, type Producer } from 'kafkajs';
import { withTimeout } from './cleanup.ts';
import { openLoop, waitUntil } from './pacing.ts';
import { BENCH_PRODUCER, benchCause, PROBE_TYPE, probeInput } from './probe.ts';
import { Recorder } from './recorder.ts';
import { deleteGroupsOnCleanup, freshSubjects, freshTopics } from './resources.ts';
import type { BenchContext, ResultRow, Scenario } from './scenario.ts';
import { summarize } from './stats.ts';

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
  const { env, params, cleanup, log } = ctx;
  const namespace = uniqueNamespace('bench-raw');
  const topic = topicFor('testkit', namespace);
  const group = `${namespace}-raw-consumer`;
  ctx.progress(`baseline: topic ${topic}`);

  await freshSubjects(env, namespace, cleanup);
  const kafka = createKafka({ clientId: namespace, brokers: env.kafkaBrokers, log });
  await freshTopics(kafka, [topic], params.partitions, `${namespace}.`, cleanup);
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

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  cleanup.add('baseline producer', () => producer.disconnect());
  await producer.connect();

  const message = (phase: string, sequence: number, sentAt: number): Message => ({
    key: `${namespace}:${phase}:${sequence % params.keys}`,
    value,
    // The bus's own headers (same sizes) plus the two the baseline measures with.
    headers: { [HEADER.messageId]: randomUUID(), [HEADER.type]: PROBE_TYPE, [HEADER.correlationId]: randomUUID(), [PHASE_HEADER]: phase, [SENT_AT_HEADER]: String(sentAt) },
  });
  const drained = (phase: string, expected: number, maxMs = DRAIN_MS) => waitUntil(() => recorder.phase(phase).count >= expected, {
    deadline: Math.min(ctx.deadline, Date.now() + maxMs),
    what: `the baseline consumer to receive ${expected} "${phase}" messages`,
    progress: () => `${recorder.phase(phase).count}/${expected} received`,
  });

  recorder.phase('warmup');
  await producer.send({ topic, acks: -1, messages: Array.from({ length: 20 }, (_, i) => message('warmup', i, Date.now())) });
  await drained('warmup', 20, WARMUP_MS);
  ctx.progress('baseline: warm-up delivered');

  // (a) Throughput: N messages in produce requests of SEND_BATCH, one after another.
  const n = params.events;
  const tput = recorder.phase('throughput');
  const start = Date.now();
  for (let first = 0; first < n; first += SEND_BATCH) {
    if (Date.now() > ctx.deadline) throw new Error('out of time while producing the baseline throughput run');
    const sentAt = Date.now();
    const batch = Array.from({ length: Math.min(SEND_BATCH, n - first) }, (_, i) => message('throughput', first + i, sentAt));
    await producer.send({ topic, acks: -1, messages: batch });
  }
  const producedAt = Date.now();
  await drained('throughput', n);
  const tputElapsed = tput.lastDeliveredAt - start;
  ctx.progress(`baseline: throughput run delivered in ${tputElapsed} ms`);

  // (b) Latency, open loop: ticks enqueue, one sender drains the queue (as the relay drains the outbox).
  const lat = recorder.phase('latency');
  const sender = queueSender(producer, topic);
  let paced;
  try {
    paced = await openLoop(params, async (_tick, count, first) => {
      const sentAt = Date.now();
      sender.enqueue(Array.from({ length: count }, (_, i) => message('latency', first + i, sentAt)));
    });
  } finally {
    await sender.close();
  }
  await drained('latency', paced.events);
  ctx.progress(`baseline: latency run delivered (${paced.events} messages)`);

  return [
    {
      scenario: baselineScenario.name,
      mode: 'throughput',
      events: n,
      offeredRate: null,
      achievedRate: n / (tputElapsed / 1000),
      elapsedMs: tputElapsed,
      latency: summarize(tput.latencies),
      extra: { produceRate: n / ((producedAt - start) / 1000), messagesPerRequest: SEND_BATCH, valueBytes: value.length },
      notes: [`${SEND_BATCH} msgs/produce request, ${value.length}-byte Avro value`],
    },
    {
      scenario: baselineScenario.name,
      mode: 'latency',
      events: paced.events,
      offeredRate: params.rate,
      achievedRate: paced.events / ((lat.lastDeliveredAt - paced.startedAt) / 1000),
      elapsedMs: lat.lastDeliveredAt - paced.startedAt,
      latency: summarize(lat.latencies),
      extra: { pacerMaxSlipMs: paced.maxSlipMs, maxBatchSent: sender.maxBatch() },
      notes: [`open loop, ${(params.rate * params.tickMs) / 1000} msgs every ${params.tickMs} ms, 1 sender`],
    },
  ];
}

/** One in-flight produce request at a time, each taking everything queued (up to SEND_BATCH). */
function queueSender(producer: Producer, topic: string) {
  const queue: Message[] = [];
  let wake: (() => void) | undefined;
  let closing = false;
  let failure: unknown;
  let largest = 0;
  const loop = (async () => {
    while (!closing || queue.length > 0) {
      if (queue.length === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      const batch = queue.splice(0, SEND_BATCH);
      largest = Math.max(largest, batch.length);
      await producer.send({ topic, acks: -1, messages: batch });
    }
  })().catch((error: unknown) => {
    failure = error;
  });
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  return {
    enqueue(messages: Message[]) {
      if (failure) throw failure;
      queue.push(...messages);
      poke();
    },
    async close() {
      closing = true;
      poke();
      await loop;
      if (failure) throw failure;
    },
    maxBatch: () => largest,
  };
}
