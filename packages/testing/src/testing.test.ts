import postgres from 'postgres';
import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { eventually } from './eventually.ts';
import {
  freshNamespace,
  freshServiceDatabase,
  requireInfraEnv,
  uniqueNamespace,
  unregisterNamespace,
} from './infra.ts';
import { collectSpans, spansFor } from './spans.ts';

describe('eventually', () => {
  it('retries until the assertion passes and returns its value', async () => {
    let calls = 0;
    const value = await eventually(
      () => {
        calls++;
        expect(calls).toBeGreaterThanOrEqual(3);
        return calls;
      },
      { intervalMs: 1 },
    );
    expect(value).toBe(3);
  });

  it('rejects with the last failure once the time is up', async () => {
    await expect(eventually(() => expect(1).toBe(2), { timeoutMs: 30, intervalMs: 5 })).rejects.toThrow(
      /still failing after 30 ms.*expected 1 to be 2/s,
    );
  });
});

describe('requireInfraEnv', () => {
  it('fails loudly, naming what is missing', () => {
    const saved = process.env.KAFKA_BROKERS;
    delete process.env.KAFKA_BROKERS;
    try {
      expect(() => requireInfraEnv()).toThrow(/KAFKA_BROKERS is not set/);
    } finally {
      process.env.KAFKA_BROKERS = saved;
    }
  });

  it('reads the running infrastructure', () => {
    expect(requireInfraEnv()).toMatchObject({
      databaseUrl: expect.stringMatching(/^postgres/),
      kafkaBrokers: expect.arrayContaining([expect.stringMatching(/:\d+$/)]),
    });
  });
});

it('uniqueNamespace is a fresh lowercase [a-z0-9-] name, led by TEST_NAMESPACE_TAG when set', () => {
  const saved = process.env.TEST_NAMESPACE_TAG;
  try {
    delete process.env.TEST_NAMESPACE_TAG;
    expect(uniqueNamespace('Relay Crash!')).toMatch(/^relay-crash-[0-9a-f]{10}$/);
    expect(uniqueNamespace('x')).not.toBe(uniqueNamespace('x'));
    process.env.TEST_NAMESPACE_TAG = 'ci7';
    expect(uniqueNamespace('relay')).toMatch(/^ci7-relay-[0-9a-f]{10}$/);
    process.env.TEST_NAMESPACE_TAG = 'Not-OK';
    expect(() => uniqueNamespace('relay')).toThrow(/TEST_NAMESPACE_TAG/);
  } finally {
    if (saved === undefined) delete process.env.TEST_NAMESPACE_TAG;
    else process.env.TEST_NAMESPACE_TAG = saved;
  }
});

it('freshNamespace registers nothing under the namespace: its producers use the base subjects, which exist', async () => {
  const namespace = await freshNamespace('reg');
  const subjects = (await (await fetch(`${requireInfraEnv().registryUrl}/subjects`)).json()) as string[];
  expect(subjects.filter((s) => s.startsWith(`${namespace}.`))).toEqual([]);
  expect(subjects).toContain('playbook.testkit.v1-playbook.testkit.WidgetCreated');
  await unregisterNamespace(namespace);
});

it('freshServiceDatabase provisions a schema with the bus tables, and drop() removes schema and role', async () => {
  const db = await freshServiceDatabase('fresh');
  expect(db.schema).toMatch(/^t_fresh_[a-z0-9]+$/);
  const tables =
    await db.sql`select table_name from information_schema.tables where table_schema = ${db.schema} order by 1`;
  expect(tables.map((t) => t.table_name)).toEqual(['inbox', 'outbox', 'schema_migrations']);
  await db.drop();
  const admin = postgres(requireInfraEnv().databaseUrl, { max: 1 });
  try {
    expect(await admin`select 1 from pg_namespace where nspname = ${db.schema}`).toHaveLength(0);
    expect(await admin`select 1 from pg_roles where rolname = ${`svc_${db.schema}`}`).toHaveLength(0);
  } finally {
    await admin.end();
  }
});

it('collectSpans records ended spans, by trace', () => {
  const collector = collectSpans('testing-test');
  expect(collectSpans()).toBe(collector); // once per process
  const span = trace.getTracer('t').startSpan('work');
  span.end();
  const traceId = span.spanContext().traceId;
  expect(spansFor(traceId).map((s) => s.name)).toEqual(['work']);
  expect(collector.spans().some((s) => s.name === 'collector-probe')).toBe(false);
});
