import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { createLogger } from '@playbook/telemetry/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlice, type Slice } from '../support/slice.ts';
import { engageApproveAndAudit } from '../slice/flow.ts';

// Run only when asked, against a three-broker cluster of this checkout:
//   npm run infra -- up --brokers 3 && set -a && . .playbook/env && set +a
//   npm run test:fault --workspace @playbook/tests
const INFRA = new URL('../../deploy/local/infra.sh', import.meta.url).pathname;
// Asynchronous: the six services run in this process, and a blocked event loop (a synchronous
// child process) would stall their HTTP servers and Kafka clients too, which is not the fault tested.
const infra = async (...args: string[]) =>
  (await promisify(execFile)('bash', [INFRA, ...args], { encoding: 'utf8' })).stdout;
const log = createLogger('fault-test', 'warn');

let slice: Slice;
let admin: ReturnType<ReturnType<typeof createKafka>['admin']>;
let stopped: number | undefined;

beforeAll(async () => {
  const kafka = createKafka({ clientId: 'fault-test', brokers: process.env.KAFKA_BROKERS!.split(','), log });
  admin = kafka.admin();
  await admin.connect();
  const { brokers } = await admin.describeCluster();
  if (brokers.length < 3)
    throw new Error(`needs three brokers (npm run infra -- up --brokers 3), found ${brokers.length}`);
  slice = await startSlice('modulith');
}, 180_000);

afterAll(async () => {
  if (stopped !== undefined) await infra('broker', 'start', String(stopped));
  await admin?.disconnect();
  await slice?.dispose();
}, 180_000);

/** The project's topics of this slice, with their partitions' leaders and replicas. */
async function sliceTopics() {
  const names = (await admin.listTopics()).filter((t) => t.startsWith(`${slice.namespace}.`) && !t.includes('.dlq.'));
  return (await admin.fetchTopicMetadata({ topics: names })).topics;
}

describe('flow 1 on three brokers, one of them stopped mid-flow', () => {
  it('creates the project topics with replication factor 3 and min.insync.replicas=2', async () => {
    const topics = await sliceTopics();
    expect(topics.length).toBeGreaterThanOrEqual(6);
    for (const t of topics) for (const p of t.partitions) expect(p.replicas).toHaveLength(3);
    const configs = await admin.describeConfigs({
      includeSynonyms: false,
      resources: topics.map((t) => ({ type: 2, name: t.name, configNames: ['min.insync.replicas'] })),
    });
    for (const r of configs.resources) expect(r.configEntries[0]?.configValue).toBe('2');
  });

  it('engages, raises, routes, approves and audits everything with a partition leader stopped mid-flow', async () => {
    const midFlow = async () => {
      // The broker leading most of this slice's partitions: its partitions must fail over.
      const leads = new Map<number, number>();
      for (const t of await sliceTopics())
        for (const p of t.partitions) leads.set(p.leader, (leads.get(p.leader) ?? 0) + 1);
      const [leader] = [...leads.entries()].sort((a, b) => b[1] - a[1])[0]!;
      const started = Date.now();
      process.stdout.write(await infra('broker', 'stop', String(leader)));
      stopped = leader;
      console.log(
        `[fault] stopped broker ${leader} (leader of ${leads.get(leader)} partitions) in ${Date.now() - started} ms`,
      );
    };
    const started = Date.now();
    const ids = await engageApproveAndAudit(slice, 'flow-three-brokers', undefined, midFlow);
    console.log(`[fault] flow completed with broker ${stopped} down in ${Date.now() - started} ms`, ids);

    const { brokers } = await admin.describeCluster();
    expect(brokers.map((b) => b.nodeId)).not.toContain(stopped);
    // Exactly one purchase order for this engagement (the demo seed raises its own before).
    const pos = await slice.query<{ n: number }>(
      'spend',
      'select count(*)::int as n from {schema}.purchase_orders where purchase_order_id = $1',
      [ids.purchaseOrderId],
    );
    expect(pos[0]!.n).toBe(1);
    for (const t of await sliceTopics())
      for (const p of t.partitions)
        expect(p.isr.length, `${t.name}/${p.partitionId} in sync`).toBeGreaterThanOrEqual(2);
  });
});
