import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace';
import { metered, readMeter } from '@playbook/telemetry/cost-meter';
import { initTelemetry } from '@playbook/telemetry/tracing';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from './client.ts';
import { spanName } from './query-spans.ts';

const exporter = new InMemorySpanExporter();
initTelemetry({ serviceName: 'db-test', spanProcessors: [new SimpleSpanProcessor({ exporter })] });
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('DATABASE_URL is not set: source .playbook/env before running the db tests');
const sql = connect({ url: adminUrl, schema: 'public', max: 2, applicationName: 'db-span-test' });
afterAll(() => sql.end());

describe('database spans', () => {
  it('gives every query sent, in or out of a transaction, a CLIENT span under the active span', async () => {
    await trace.getTracer('test').startActiveSpan('request', async (span) => {
      const fragment = sql`where n > ${1}`;
      await sql`select n from generate_series(1, 3) as n ${fragment}`;
      await sql.begin(async (tx) => {
        await tx`select ${'x'}::text as v`;
      });
      await expect(sql.unsafe('select nope')).rejects.toThrow();
      span.end();
      const mine = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === span.spanContext().traceId);
      // (the connection's own first query, postgres.js reading array types, is a span too)
      const db = mine.filter(
        (s) => s.kind === SpanKind.CLIENT && !String(s.attributes['db.query.text']).includes('pg_catalog'),
      );
      expect(db.map((s) => s.attributes['db.query.text'])).toEqual([
        'select n from generate_series(1, 3) as n $1',
        'begin',
        'select $1::text as v',
        'commit',
        'select nope',
      ]);
      expect(db.every((s) => s.parentSpanContext?.spanId === span.spanContext().spanId)).toBe(true);
      expect(db.every((s) => s.attributes['db.system.name'] === 'postgresql')).toBe(true);
      expect(db.at(-1)!.status.code).toBe(2);
    });
  });

  it('leaves queries outside any span (background loops) untraced', async () => {
    exporter.reset();
    await sql`select 'background' as v`;
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it('counts every query sent from a unit of work against its meter, once however often it is awaited', async () => {
    await Promise.all([sql`select 1`, sql`select 1`]); // both connections and their type lookups, outside the meter
    const reading = await metered(async () => {
      const query = sql`select 1 as one`;
      await query;
      await query; // awaiting it again sends nothing
      await sql.begin(async (tx) => {
        await tx`select ${'x'}::text as v`;
      });
      await Promise.all([sql`select 2`, sql`select 3`]);
      return readMeter();
    });
    // select 1, begin, select $1, commit, select 2, select 3
    expect(reading?.dbRoundTrips).toBe(6);
  });

  it('names a span by its operation and table', () => {
    expect(spanName('select * from "spend".purchase_orders where x = $1')).toBe('SELECT spend.purchase_orders');
    expect(spanName('insert into outbox (a) values ($1)')).toBe('INSERT outbox');
    expect(spanName('begin')).toBe('BEGIN');
  });
});
