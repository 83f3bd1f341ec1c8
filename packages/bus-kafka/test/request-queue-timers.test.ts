import { createRequire } from 'node:module';
import { requireInfraEnv } from '@playbook/testing/infra';
import { createLogger } from '@playbook/telemetry/logger';
import type { Admin, Producer } from 'kafkajs';
import { afterAll, expect, it } from 'vitest';
import { createKafka } from '../src/kafka.ts';
import { sleep } from '../src/wake.ts';

const { prototype: requestQueue } = createRequire(import.meta.url)('kafkajs/src/network/requestQueue/index.js') as {
  prototype: { checkPendingRequests(): void };
};

/** How often kafkajs' request queues check for waiting requests while `during` runs. */
async function pendingChecksDuring(during: () => Promise<unknown>): Promise<number> {
  const check = requestQueue.checkPendingRequests;
  let checks = 0;
  requestQueue.checkPendingRequests = function (this: unknown) {
    checks++;
    check.call(this);
  };
  try {
    await during();
  } finally {
    requestQueue.checkPendingRequests = check;
  }
  return checks;
}

const kafka = createKafka({
  clientId: 'request-queue-timers-test',
  brokers: requireInfraEnv().kafkaBrokers,
  log: createLogger('request-queue-timers-test', 'warn'),
});
const clients: (Admin | Producer)[] = [];
afterAll(() => Promise.all(clients.map((c) => c.disconnect())));

it('leaves an idle connection asleep: no request queue re-checks itself once nothing waits', async () => {
  const admin = kafka.admin();
  clients.push(admin);
  await admin.connect();
  await admin.listTopics(); // a request answered: the point from which kafkajs 2.2.4 re-armed a 1 ms timer forever
  const checks = await pendingChecksDuring(() => sleep(500));
  expect(checks).toBe(0); // was ~one per millisecond per connection
});

it('still sends every request that had to wait behind the in-flight limit', async () => {
  const admin = kafka.admin();
  clients.push(admin);
  await admin.connect();
  const topic = `request-queue-timers-${process.pid}-${Date.now()}`;
  await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });
  const producer = kafka.producer({ maxInFlightRequests: 1, idempotent: true });
  clients.push(producer);
  await producer.connect();
  try {
    // Sent together, all but the first wait in the queue and go out as responses come back.
    const sends = Array.from({ length: 20 }, (_, i) => producer.send({ topic, messages: [{ value: `m${i}` }] }));
    const results = await Promise.all(sends);
    expect(results.flat().map((r) => r.errorCode)).toEqual(Array(20).fill(0));
    const [offsets] = await admin.fetchTopicOffsets(topic);
    expect(Number(offsets!.high)).toBe(20);
  } finally {
    await admin.deleteTopics({ topics: [topic] });
  }
});
