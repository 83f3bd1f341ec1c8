import { createKafka } from '@playbook/bus-kafka/kafka';
import { topicFor } from '@playbook/contracts/catalog';
import type { Kafka } from 'kafkajs';
import { ensureBaseSchemas } from '@playbook/testing/infra';
import { freshTopics } from './resources.ts';
import type { BenchContext } from './scenario.ts';

/** What the two probe scenarios (bus, kafka-baseline) share: their topic, and the throughput run's sending. */

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
