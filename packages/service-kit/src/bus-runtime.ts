import type { Subscription } from '@playbook/bus/handler';
import { createBusConsumer, type BusConsumer } from '@playbook/bus-kafka/consumer';
import type { BusEnv } from '@playbook/bus-kafka/env';
import { ensureTopics } from '@playbook/bus-kafka/topics';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { createOutboxRelay, type OutboxRelay } from '@playbook/bus-kafka/relay';
import { createSerde } from '@playbook/bus-kafka/serde';
import { describe, topicFor } from '@playbook/contracts/catalog';
import type { Sql, Tx } from '@playbook/db/client';
import { postgresUnitOfWork } from '@playbook/bus-postgres/unit-of-work';
import type { Logger } from '@playbook/telemetry/logger';
import { watchBus, type BusWatch } from './bus-metrics.ts';
import type { Admin, Kafka } from 'kafkajs';

export interface BusRuntime {
  kafka: Kafka;
  admin: Admin;
  relay: OutboxRelay;
  consumer: BusConsumer | undefined;
  uow: ReturnType<typeof postgresUnitOfWork>;
  /** Lag, dead-letter depth and outbox backlog, read every few seconds. */
  metrics: BusWatch;
  stop(): Promise<void>;
}

const PARTITIONS = 6;

/**
 * Wires a service to the bus: its own topic, the outbox relay, and one consumer group (named after
 * the service) over the topics of the event types its subscriptions handle.
 */
export async function startBus(options: {
  service: string;
  schema: string;
  version: string;
  env: BusEnv;
  sql: Sql;
  log: Logger;
  subscriptions: Subscription<Tx>[];
}): Promise<BusRuntime> {
  const { service, env, sql, log } = options;
  const namespace = env.BUS_NAMESPACE || undefined;
  const kafka = createKafka({ clientId: service, brokers: env.KAFKA_BROKERS, log });
  const serde = createSerde(env.SCHEMA_REGISTRY_URL);
  const uow = postgresUnitOfWork(sql, {
    producer: { module: service, connector: null, version: options.version },
    namespace,
  });
  const consumedTopics = [
    ...new Set(options.subscriptions.flatMap((s) => s.types.map((t) => topicFor(describe(t).module, namespace)))),
  ];
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topicFor(service, namespace), ...consumedTopics], { numPartitions: PARTITIONS });
  const relay = createOutboxRelay({ sql, schema: options.schema, kafka, serde, log, service });
  await relay.start();
  const consumer =
    options.subscriptions.length === 0
      ? undefined
      : createBusConsumer({
          kafka,
          serde,
          uow,
          log,
          service,
          group: namespace ? `${namespace}.${service}` : service,
          topics: consumedTopics,
          subscriptions: options.subscriptions,
          maxAttempts: env.BUS_MAX_ATTEMPTS,
          // A stop waits for the fetch in flight; 1 s long-polls keep shutdown quick at a small idle cost.
          maxWaitTimeInMs: 1000,
          retryBaseMs: env.BUS_RETRY_BASE_MS,
          stuckBatchWarnMs: env.BUS_STUCK_BATCH_WARN_MS,
        });
  await consumer?.start();
  const metrics = watchBus({
    service,
    schema: options.schema,
    admin,
    sql,
    log,
    group: consumer ? (namespace ? `${namespace}.${service}` : service) : undefined,
    topics: consumedTopics,
    intervalMs: env.BUS_METRICS_INTERVAL_MS,
  });
  return {
    kafka,
    admin,
    relay,
    consumer,
    uow,
    metrics,
    async stop() {
      metrics.stop();
      await consumer?.stop();
      await relay.stop();
      await admin.disconnect();
    },
  };
}
