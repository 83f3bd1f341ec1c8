import type { AnyEnvelope } from '@playbook/bus/envelope';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { outboxPublisher } from '@playbook/bus-postgres/outbox';
import { topicFor } from '@playbook/contracts/catalog';
import type { Sql } from '@playbook/db/client';
import type { Kafka } from 'kafkajs';
import { ensureBaseSchemas } from '@playbook/testing/infra';
import { BENCH_PRODUCER, benchCause, probeInput } from './probe.ts';
import { freshTopics } from './resources.ts';
import type { BenchContext } from './scenario.ts';

/** What the probe scenarios (bus, bus-stages, kafka-baseline) share: their topic, the throughput run's sending, the outbox writes. */

/** The probe topic of a namespace; the broker side is made by `freshProbeTopic`. */
export const probeTopic = (namespace: string): string => topicFor('testkit', namespace);

/** Makes sure the base schemas exist and creates the namespace's probe topic; cleanup removes the topic. */
export async function freshProbeTopic(ctx: BenchContext, namespace: string): Promise<Kafka> {
  const { env, params, cleanup, log } = ctx;
  await ensureBaseSchemas(); // a namespace's producers use the base subjects (bus-kafka serde)
  const kafka = createKafka({ clientId: namespace, brokers: env.kafkaBrokers, log });
  await freshTopics(kafka, [probeTopic(namespace)], params.partitions, `${namespace}.`, cleanup);
  return kafka;
}

/** Sends `total` events in batches of `batchSize`, one after another; throws once past `deadline`. */
export async function sendInBatches(
  total: number,
  batchSize: number,
  deadline: number,
  whatIsSent: string,
  send: (first: number, count: number) => Promise<void>,
): Promise<void> {
  for (let first = 0; first < total; first += batchSize) {
    if (Date.now() > deadline) throw new Error(`out of time while ${whatIsSent}`);
    await send(first, Math.min(batchSize, total - first));
  }
}

/**
 * Probes `first` … `first + count - 1` of `phase`, written to the outbox in one transaction as a
 * command handler would; `written` sees their envelopes before the commit.
 */
export async function writeProbes(
  sql: Sql,
  probes: { namespace: string; phase: string; first: number; count: number; keys: number },
  written?: (envelopes: AnyEnvelope[]) => void,
): Promise<AnyEnvelope[]> {
  const { namespace, phase, first, count, keys } = probes;
  return sql.begin(async (tx) => {
    const publisher = outboxPublisher(tx, benchCause(`${namespace}:${phase}:${first}`), {
      producer: BENCH_PRODUCER,
      namespace,
    });
    const writes: Promise<AnyEnvelope>[] = [];
    for (let i = 0; i < count; i++) writes.push(publisher.publish(probeInput(namespace, phase, first + i, keys)));
    const envelopes = await Promise.all(writes);
    written?.(envelopes);
    return envelopes;
  });
}
