import { on, type Subscription } from '@playbook/bus/handler';
import type { Cause } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import { outboxPublisher } from '@playbook/bus-postgres/outbox';
import { postgresUnitOfWork } from '@playbook/bus-postgres/unit-of-work';
import { topicFor } from '@playbook/contracts/catalog';
import type { Tx } from '@playbook/db/client';
import { createLogger } from '@playbook/telemetry/logger';
import { consumerMessages } from '@playbook/telemetry/metrics';
import { freshNamespace, freshServiceDatabase, requireInfraEnv, unregisterNamespace } from '@playbook/testing/infra';
import { createBusConsumer, type BusConsumerOptions } from '../src/consumer.ts';
import { ensureTopics } from '../src/topics.ts';
import { createKafka } from '../src/kafka.ts';
import { createOutboxRelay, type RelayOptions } from '../src/relay.ts';
import { createSerde } from '../src/serde.ts';

/** The handler's side effect: one row per handling, so a duplicate effect is a second row. */
export const effectsMigration = {
  id: '0001_effects',
  sql: 'create table effects (id bigserial primary key, message_id text not null, key text not null, seq int not null, note text);',
};

export const PRODUCER = { module: 'testkit', connector: null, version: 'test' };
export const SUBSCRIPTION = 'record-probe';

export interface Probe {
  key: string;
  seq: number;
  note?: string;
}

export const causeFor = (idempotencyKey: string): Cause => ({
  correlationId: `corr-${idempotencyKey}`,
  causationId: null,
  actor: { kind: 'system', id: 'bus-test', displayName: null },
  messageIdFor: (type, index) => commandMessageId('testkit', idempotencyKey, type, index),
});
export const probeId = (p: Probe) => `${p.key}:${p.seq}`;
/** The message id the outbox derives for a probe published alone (see `publish`). */
export const probeMessageId = (p: Probe) => commandMessageId('testkit', probeId(p), 'testkit.ProbeRecorded', 0);

/** A namespace (topic + subjects), a service database with the bus tables, and the bus pieces over them. */
export async function busHarness(name: string) {
  const env = requireInfraEnv();
  const namespace = await freshNamespace(name);
  const db = await freshServiceDatabase(name, { migrations: [effectsMigration] });
  const log = createLogger(`test-${name}`, process.env.LOG_LEVEL ?? 'silent');
  const kafka = createKafka({ clientId: `test-${name}`, brokers: env.kafkaBrokers, log });
  const serde = createSerde(env.registryUrl);
  const topic = topicFor('testkit', namespace);
  const service = `test-${namespace}`;
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin, [topic], { numPartitions: 3 });
  const stoppers: (() => Promise<void>)[] = [];

  /** Publishes probes in one transaction, as one command with idempotency key `idempotencyKey`. */
  const publishTogether = (probes: Probe[], idempotencyKey = probeId(probes[0]!)) =>
    db.sql.begin(async (tx) => {
      const publisher = outboxPublisher(tx, causeFor(idempotencyKey), { producer: PRODUCER, namespace });
      for (const p of probes) {
        await publisher.publish({
          type: 'testkit.ProbeRecorded',
          key: p.key,
          payload: { probeId: p.key, sequence: p.seq, sentAtMs: Date.now(), note: p.note ?? null },
          scope: { orgId: 'org-test' },
        });
      }
    });

  /** Publishes each probe in its own transaction (idempotency key `key:seq`), like a command would. */
  const publish = async (probes: Probe[]) => {
    for (const p of probes) await publishTogether([p]);
  };

  const recordProbe = (fail?: (note: string | null | undefined) => boolean): Subscription<Tx> =>
    on<Tx, 'testkit.ProbeRecorded'>(SUBSCRIPTION, 'testkit.ProbeRecorded', async (envelope, { tx }) => {
      if (fail?.(envelope.payload.note))
        throw new Error(`cannot record probe ${envelope.payload.probeId}:${envelope.payload.sequence}`);
      await tx`insert into effects (message_id, key, seq, note)
               values (${envelope.messageId}, ${envelope.payload.probeId}, ${envelope.payload.sequence}, ${envelope.payload.note ?? null})`;
    });

  const relay = (options: Partial<RelayOptions> = {}) => {
    const r = createOutboxRelay({
      sql: db.sql,
      schema: db.schema,
      kafka,
      serde,
      log,
      service,
      pollMs: 200,
      ...options,
    });
    stoppers.push(() => r.stop());
    return r;
  };

  /** A consumer group name of this run only. */
  const group = (name: string) => `g-${namespace}-${name}`;
  const consumer = (group: string, options: Partial<BusConsumerOptions<Tx>> = {}) => {
    const c = createBusConsumer<Tx>({
      kafka,
      serde,
      log,
      service,
      group,
      topics: [topic],
      uow: postgresUnitOfWork(db.sql, { producer: PRODUCER, namespace }),
      subscriptions: [recordProbe()],
      retryBaseMs: 20,
      maxAttempts: 3,
      maxWaitTimeInMs: 200,
      ...options,
    });
    stoppers.push(() => c.stop());
    return c;
  };

  /** Messages on the topic so far (the topic is this run's own): more than published means duplicates on the wire. */
  const wireCount = async (t = topic) => {
    const offsets = await admin.fetchTopicOffsets(t);
    return offsets.reduce((sum, o) => sum + Number(o.high), 0);
  };

  /** True when the group has committed every offset of the topic. */
  const caughtUp = async (group: string, t = topic) => {
    const [high, [committed]] = await Promise.all([
      admin.fetchTopicOffsets(t),
      admin.fetchOffsets({ groupId: group, topics: [t] }),
    ]);
    return high.every(
      (h) =>
        Number(h.high) === 0 ||
        Number(committed?.partitions.find((p) => p.partition === h.partition)?.offset ?? -1) >= Number(h.high),
    );
  };

  const effects = () => db.sql<{ message_id: string; key: string; seq: number; note: string | null }[]>`
    select message_id, key, seq, note from effects order by id`;

  const duplicatesSeen = async (group: string) => {
    const metric = await consumerMessages.get();
    return metric.values
      .filter((v) => v.labels.service === service && v.labels.consumer === group && v.labels.outcome === 'duplicate')
      .reduce((sum, v) => sum + v.value, 0);
  };

  const close = async () => {
    await Promise.all(stoppers.map((stop) => stop().catch(() => {})));
    // This run's topics (main, dead-letter), groups and subjects: the infrastructure is long-lived.
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`${namespace}.`));
    const groups = (await admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.includes(namespace));
    await admin.deleteTopics({ topics }).catch(() => {});
    await admin.deleteGroups(groups).catch(() => {});
    await admin.disconnect();
    await unregisterNamespace(namespace);
    await db.drop();
  };

  return {
    env,
    namespace,
    db,
    log,
    kafka,
    serde,
    topic,
    service,
    admin,
    publish,
    publishTogether,
    relay,
    group,
    consumer,
    recordProbe,
    wireCount,
    caughtUp,
    effects,
    duplicatesSeen,
    close,
  };
}
export type BusHarness = Awaited<ReturnType<typeof busHarness>>;

export const probes = (keys: number, perKey: number, prefix = 'k'): Probe[] =>
  Array.from({ length: keys * perKey }, (_, i) => ({ key: `${prefix}${i % keys}`, seq: Math.floor(i / keys) }));
