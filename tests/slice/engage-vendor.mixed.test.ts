import { SERVICES } from '@playbook/launcher/modules';
import { readdirSync, readFileSync } from 'node:fs';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { HEADER } from '@playbook/bus-kafka/headers';
import { topicFor } from '@playbook/contracts/catalog';
import { createLogger } from '@playbook/telemetry/logger';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPrometheus } from '../support/prometheus.ts';
import { startSlice, type Slice } from '../support/slice.ts';
import { zipkinFromEnv } from '../support/zipkin.ts';
import { engageApproveAndAudit, FLOW_TYPES } from './flow.ts';

const zipkin = zipkinFromEnv();
const PROMOTED = ['spend', 'approvals'] as const;
const traceId = 'c0ffee0d15ea5e0000000000000f1a11'.replace('0f1a11', Date.now().toString(16).slice(-6));
const EXTERNAL_PARENT = 'b7ad6b7169203331';
let slice: Slice;
let prometheus: Awaited<ReturnType<typeof startPrometheus>>;

beforeAll(async () => {
  slice = await startSlice('mixed', {
    promote: [...PROMOTED],
    zipkinEndpoint: zipkin.spansEndpoint,
    env: { BUS_METRICS_INTERVAL_MS: '500' },
  });
  prometheus = await startPrometheus(slice.ports);
}, 240_000);
afterAll(async () => {
  await slice?.dispose();
  await prometheus?.stop();
});

describe('flow 1 with spend and approvals promoted to their own processes, the rest in one (--promote)', () => {
  it('engages, raises, approves and audits across the two layouts at once', async () => {
    const together = SERVICES.map((m) => m.name).filter((name) => name !== 'spend' && name !== 'approvals');
    expect(slice.modulith!.modules.map((m) => m.name).sort()).toEqual(together.sort());
    await engageApproveAndAudit(slice, 'flow-mixed-1', `00-${traceId}-${EXTERNAL_PARENT}-01`);
  });

  it('reads the flow back from Zipkin as one trace spanning every module it touched, database spans included', async () => {
    const spans = await eventually(
      async () => {
        const found = await zipkin.trace(traceId);
        const published = found.filter((s) => s.kind === 'PRODUCER').map((s) => s.name.replace('publish ', ''));
        expect(new Set(published)).toEqual(new Set(FLOW_TYPES.map((t) => t.toLowerCase())));
        // One tree: every span's parent is in the trace, except the caller's own span the flow started
        // under. Waited for: a parent ends (and is exported) after its children, in a later batch.
        const ids = new Set(found.map((s) => s.id));
        expect(found.filter((s) => s.parentId && !ids.has(s.parentId)).map((s) => s.parentId)).toEqual(
          found.filter((s) => s.parentId === EXTERNAL_PARENT).map(() => EXTERNAL_PARENT),
        );
        return found;
      },
      { timeoutMs: 30_000 },
    );
    const byService = new Map<string, typeof spans>();
    for (const s of spans)
      byService.set(s.localEndpoint?.serviceName ?? '?', [
        ...(byService.get(s.localEndpoint?.serviceName ?? '?') ?? []),
        s,
      ]);
    for (const module of ['vendors', 'spend', 'approvals', 'activity']) {
      const own = byService.get(module) ?? [];
      expect(
        own.some((s) => s.kind === 'SERVER' || s.kind === 'CONSUMER'),
        `${module} handled part of the flow`,
      ).toBe(true);
      expect(
        own.filter((s) => s.kind === 'CLIENT' && s.tags?.['db.system.name'] === 'postgresql').length,
        `${module} db spans`,
      ).toBeGreaterThan(0);
    }
  });

  it('serves each module its own metrics, keeps lag and dead-letter depth current, and every dashboard panel has data', async () => {
    await poison(slice);
    const spendDlq = `${slice.namespace}.playbook.vendors.v1.dlq.${slice.namespace}.spend`;
    await eventually(
      async () => {
        const depth = await prometheus.query(`playbook_dead_letter_depth{topic="${spendDlq}"}`);
        expect(Number(depth[0]?.value[1])).toBe(1);
      },
      { timeoutMs: 60_000 },
    );
    // Idle and caught up: lag read from committed offsets is zero everywhere, not stale.
    await eventually(
      async () => {
        const lag = await prometheus.query('sum by (module) (playbook_consumer_lag)');
        expect(lag.map((s) => s.metric.module).sort()).toEqual(
          expect.arrayContaining(['activity', 'approvals', 'spend']),
        );
        expect(lag.every((s) => s.value[1] === '0')).toBe(true);
      },
      { timeoutMs: 30_000 },
    );
    const handled = await prometheus.query('playbook_consumer_messages_total');
    expect(handled.length).toBeGreaterThan(0);
    for (const series of handled) expect(series.metric.service).toBe(series.metric.module);
    const processes = await prometheus.query('count(playbook_process_process_cpu_user_seconds_total)');
    expect(processes[0]?.value[1]).toBe(String(1 + PROMOTED.length));

    for (const { file, title, expr } of dashboardQueries()) {
      const series = await eventually(async () => {
        const found = await prometheus.query(expr);
        expect(found.length, `${file} / ${title}: ${expr}`).toBeGreaterThan(0);
        return found;
      });
      expect(series.length).toBeGreaterThan(0);
    }
  });
});

/** A message no consumer can decode, on the vendors topic: spend and activity park it after their retries. */
async function poison(slice: Slice) {
  const kafka = createKafka({
    clientId: 'poison',
    brokers: process.env.KAFKA_BROKERS!.split(','),
    log: createLogger('poison', 'warn'),
  });
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({
    topic: topicFor('vendors', slice.namespace),
    messages: [{ key: 'poison', value: Buffer.from('not avro'), headers: { [HEADER.type]: 'vendors.VendorEngaged' } }],
  });
  await producer.disconnect();
}

function dashboardQueries() {
  const dir = new URL('../../deploy/grafana/dashboards/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((file) => {
      const dashboard = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as {
        panels: { title: string; targets?: { expr: string }[] }[];
      };
      return dashboard.panels.flatMap((panel) =>
        (panel.targets ?? []).map((t) => ({
          file,
          title: panel.title,
          expr: t.expr.replaceAll('$__rate_interval', '1m').replaceAll('$__interval', '15s'),
        })),
      );
    });
}
