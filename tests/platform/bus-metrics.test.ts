import { ensureTopics } from '@playbook/bus-kafka/topics';
import { deadLetterTopic } from '@playbook/bus-kafka/headers';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { watchBus } from '@playbook/service-kit/bus-metrics';
import { removeNamespace } from '@playbook/testing/cleanup';
import { freshNamespace, freshServiceDatabase, type ServiceDatabase } from '@playbook/testing/infra';
import { createLogger } from '@playbook/telemetry/logger';
import { moduleMetrics } from '@playbook/telemetry/module-metrics';
import type { Admin, Kafka } from 'kafkajs';
import { afterAll, beforeAll, expect, it } from 'vitest';

let namespace: string;
let kafka: Kafka;
let admin: Admin;
let db: ServiceDatabase;

beforeAll(async () => {
  namespace = await freshNamespace('busmetrics');
  kafka = createKafka({
    clientId: 'bus-metrics-test',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    log: createLogger('t', 'warn'),
  });
  admin = kafka.admin();
  await admin.connect();
  db = await freshServiceDatabase('busmetrics');
}, 60_000);
afterAll(async () => {
  await admin?.disconnect();
  await db?.drop();
  await removeNamespace(namespace);
});

const series = (text: string, name: string) =>
  text
    .split('\n')
    .filter((l) => l.startsWith(`${name}{`))
    .map((l) => Number(l.split(' ').at(-1)));

it('reads lag from committed offsets, dead-letter depth and outbox backlog with no consumer running at all', async () => {
  const service = `metrics-${namespace}`;
  const topic = `${namespace}.playbook.widgets.v1`;
  const group = `${namespace}.${service}`;
  const dlq = deadLetterTopic(topic, group);
  await ensureTopics(admin, [topic, dlq], { numPartitions: 1 });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: [1, 2, 3, 4, 5].map((n) => ({ value: `m${n}` })) });
  await producer.send({ topic: dlq, messages: [{ value: 'parked-1' }, { value: 'parked-2' }] });
  await producer.disconnect();
  await db.sql`insert into outbox (id, occurred_at, topic, key, type, payload, headers)
    values (gen_random_uuid(), now(), ${topic}, 'k', 'widgets.WidgetCreated', '{}'::jsonb, '{}'::jsonb)`;

  const watch = watchBus({
    service,
    schema: db.schema,
    admin,
    sql: db.sql,
    log: createLogger('t', 'warn'),
    group,
    topics: [topic],
    intervalMs: 60_000,
  });
  try {
    // A group that never committed (a consumer stuck on its first message): every message counts.
    await watch.read();
    let text = await moduleMetrics(service);
    expect(series(text, 'playbook_consumer_lag')).toEqual([5]);
    expect(series(text, 'playbook_dead_letter_depth')).toEqual([2]);
    expect(series(text, 'playbook_outbox_backlog')).toEqual([1]);

    // It commits up to offset 3, then stays idle: the reading follows the commit, not the last message seen.
    await admin.setOffsets({ groupId: group, topic, partitions: [{ partition: 0, offset: '3' }] });
    await watch.read();
    text = await moduleMetrics(service);
    expect(series(text, 'playbook_consumer_lag')).toEqual([2]);
  } finally {
    watch.stop();
  }
});
