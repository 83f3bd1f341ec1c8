import { createServer, connect, type Server, type Socket } from 'node:net';
import { eventually } from '@playbook/testing/eventually';
import { freePorts } from '@playbook/testing/ports';
import { Kafka, logLevel, PartitionAssigners } from 'kafkajs';
import { afterAll, expect, it } from 'vitest';
import { busHarness, type BusHarness } from './harness.ts';

let h: BusHarness | undefined;
const servers: Server[] = [];
const sockets: Socket[] = [];
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  await h?.close();
});

/** From now on, `port` forwards to the real broker (which then advertises itself for the rest). */
const openBrokerDoor = (port: number, broker: string) =>
  new Promise<void>((resolve) => {
    const [host, brokerPort] = broker.split(':');
    const server = createServer((inbound) => {
      const outbound = connect(Number(brokerPort), host!);
      sockets.push(inbound, outbound);
      inbound.pipe(outbound).pipe(inbound);
      inbound.on('error', () => outbound.destroy());
      outbound.on('error', () => inbound.destroy());
    });
    servers.push(server);
    server.listen(port, '127.0.0.1', () => resolve());
  });

/** A client that gives up at once on a broker it cannot reach: the retrying is start()'s own. */
const impatientKafka = (port: number) =>
  new Kafka({
    clientId: 'consumer-start-test',
    brokers: [`127.0.0.1:${port}`],
    logLevel: logLevel.NOTHING,
    retry: { retries: 1, initialRetryTime: 50 },
  });

it('start() keeps starting a member while the broker refuses one, and consumes once it answers', async () => {
  h = await busHarness('consumer-start');
  const [port] = (await freePorts(1)) as [number];
  const consumer = h.consumer(h.group('late-broker'), { kafka: impatientKafka(port) });

  let startedAt: number | undefined;
  const starting = consumer.start().then(() => (startedAt = Date.now()));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(startedAt).toBeUndefined(); // still trying, not thrown
  const openedAt = Date.now();
  await openBrokerDoor(port, h.env.kafkaBrokers[0]!);
  await starting;
  expect(startedAt).toBeGreaterThanOrEqual(openedAt);

  await h.publish([{ key: 'late', seq: 0 }]);
  const relay = h.relay();
  await relay.start();
  await eventually(async () => expect((await h!.effects()).map((e) => `${e.key}:${e.seq}`)).toEqual(['late:0']), {
    timeoutMs: 30_000,
  });
});

it('start() starts a new member when the group refuses the first, once the group accepts one', async () => {
  h ??= await busHarness('consumer-start');
  const group = h.group('refused');
  // A member of another assignment protocol holds the group: a newcomer's JoinGroup is refused
  // with INCONSISTENT_GROUP_PROTOCOL, which kafkajs does not retry (like GroupCoordinatorNotFound).
  const holder = h.kafka.consumer({
    groupId: group,
    partitionAssigners: [(config) => ({ ...PartitionAssigners.roundRobin(config), name: 'OtherAssigner' })],
  });
  await holder.connect();
  await holder.subscribe({ topics: [h.topic] });
  await holder.run({ eachMessage: async () => {} });
  await eventually(async () => expect((await h!.admin.describeGroups([group])).groups[0]?.state).toBe('Stable'));

  const consumer = h.consumer(group);
  let started = false;
  const starting = consumer.start().then(() => (started = true));
  await new Promise((resolve) => setTimeout(resolve, 2000));
  expect(started).toBe(false); // refused, still trying, not thrown
  await holder.disconnect();
  await starting;

  await h.publish([{ key: 'refused', seq: 0 }]);
  const relay = h.relay();
  await relay.start();
  await eventually(async () => expect((await h!.effects()).map((e) => `${e.key}:${e.seq}`)).toContain('refused:0'), {
    timeoutMs: 30_000,
  });
});

it('start() gives up with the broker error once startTimeoutMs has passed', async () => {
  h ??= await busHarness('consumer-start');
  const [port] = (await freePorts(1)) as [number]; // never opened
  const consumer = h.consumer(h.group('no-broker'), { kafka: impatientKafka(port), startTimeoutMs: 1000 });
  const began = Date.now();
  await expect(consumer.start()).rejects.toThrow(/connect|ECONNREFUSED|broker/i);
  expect(Date.now() - began).toBeGreaterThanOrEqual(1000);
});
