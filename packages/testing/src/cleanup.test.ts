import { describe } from '@playbook/contracts/catalog';
import { Kafka, logLevel } from 'kafkajs';
import { expect, it } from 'vitest';
import { namespaceTraces, removeNamespace } from './cleanup.ts';
import { freshNamespace, requireInfraEnv } from './infra.ts';
import { emitter } from './stand-ins.ts';
import { createTestWorld } from './world.ts';

it('removeNamespace deletes the namespace’s topics, dead-letter topics, consumer groups and subjects', async () => {
  const namespace = await freshNamespace('cleanup');
  const kafka = new Kafka({ brokers: requireInfraEnv().kafkaBrokers, logLevel: logLevel.NOTHING });
  const admin = kafka.admin();
  await admin.connect();
  const topic = `${namespace}.playbook.testkit.v1`;
  const group = `${namespace}.testkit`;
  try {
    // Only their existence matters here (they are deleted, never produced to), so no wait for leaders.
    await admin.createTopics({ topics: [{ topic }, { topic: `${topic}.dlq.${group}` }] });
    const consumer = kafka.consumer({ groupId: group });
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await consumer.run({ eachMessage: async () => {} });
    await consumer.disconnect();
    // Namespaces register no subjects any more (their producers use the base ones), but one an earlier
    // run or a test registered explicitly must go with the namespace too.
    const subject = `${topic}-playbook.testkit.WidgetCreated`;
    const registered = await fetch(
      `${requireInfraEnv().registryUrl}/subjects/${encodeURIComponent(subject)}/versions`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/vnd.schemaregistry.v1+json' },
        body: JSON.stringify({ schema: JSON.stringify(describe('testkit.WidgetCreated').schema) }),
      },
    );
    expect(registered.status).toBe(200);

    const before = await namespaceTraces(namespace);
    expect(before.topics).toEqual([topic, `${topic}.dlq.${group}`]);
    expect(before.groups).toEqual([group]);
    expect(before.subjects).toEqual([subject]);

    await removeNamespace(namespace);
    expect(await namespaceTraces(namespace)).toEqual({ topics: [], groups: [], subjects: [] });
  } finally {
    await admin.disconnect();
  }
});

it('a test world leaves nothing of its namespace behind once disposed', async () => {
  const world = await createTestWorld('world-cleanup');
  try {
    await world.start(emitter('testkit'));
    const before = await namespaceTraces(world.namespace);
    expect(before.topics).toContain(`${world.namespace}.playbook.testkit.v1`);
    expect(before.subjects).toEqual([]); // its producers look their schemas up under the base subjects
  } finally {
    await world.dispose();
  }
  expect(await namespaceTraces(world.namespace)).toEqual({ topics: [], groups: [], subjects: [] });
});
