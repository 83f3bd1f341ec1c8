import type { ModuleName } from '@playbook/launcher/modules';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FLOWS, type FlowName, formatReport } from '../src/report.ts';
import { runChaos } from '../src/run.ts';
import { startInfraCopy } from './infra-copy.ts';

// The short version of `npm run chaos`, run by `npm test`: flows 1, 2 and 3 for 30 s against a Kafka
// broker and a PostgreSQL of the test's own, with modules killed -9, the broker and the database
// restarted, duplicates and poison on the wire. `npm run chaos` runs the same for longer (CHAOS_SECONDS).
let copy: Awaited<ReturnType<typeof startInfraCopy>>;
const shared = { DATABASE_URL: process.env.DATABASE_URL, KAFKA_BROKERS: process.env.KAFKA_BROKERS };

beforeAll(async () => {
  copy = await startInfraCopy();
  // Namespaces and cleanup read the broker and database from process.env: point them at the copy.
  process.env.DATABASE_URL = copy.env.DATABASE_URL;
  process.env.KAFKA_BROKERS = copy.env.KAFKA_BROKERS;
}, 240_000);

afterAll(async () => {
  Object.assign(process.env, shared);
  await copy?.stop();
}, 120_000);

test('faults under load: every accepted request, charge and deal has exactly its effects, poison is parked', async () => {
  const report = await runChaos({
    seconds: Number(process.env.CHAOS_SECONDS ?? 30),
    rate: Number(process.env.CHAOS_RATE ?? 3),
    killEveryMs: Number(process.env.CHAOS_KILL_EVERY_MS ?? 4000),
    victims: process.env.CHAOS_VICTIMS?.split(',') as ModuleName[] | undefined,
    env: copy.env,
  });
  console.log(`\n${formatReport(report)}`);
  expect(report.faults['kill -9 a module']).toBeGreaterThan(0);
  expect(report.faults['restart Kafka']).toBe(1);
  expect(report.faults['restart PostgreSQL']).toBe(1);
  expect(report.faults['poison messages']).toBe(10);
  for (const name of Object.keys(FLOWS) as FlowName[]) {
    const flow = report.flows[name];
    expect(flow.accepted, name).toBeGreaterThan(0);
    expect(flow.lost, name).toEqual([]);
    expect(flow.doubled, name).toEqual([]);
    expect(flow.exact, name).toBe(flow.accepted);
  }
  expect(Object.values(report.poisonPerGroup).length).toBeGreaterThan(0);
  // Before the verdict, whether it could be judged: every consumer caught up, every letter read.
  expect(report.caughtUp).toBe(true);
  expect(report.deadLettersRead).toBe(report.deadLettersOnTopics);
  expect(report.held).toBe(true);
}, 600_000);
