import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IDLE_SETTLE_MS, IDLE_WINDOW_MS } from './idle-cost.ts';
import type { BenchParams, ResultRow } from './scenario.ts';

export interface Environment {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  kafka: string;
  kafkajs: string;
  postgres: string;
  note: string;
}

export interface Report {
  benchmark: 'bus';
  environment: Environment;
  parameters: BenchParams;
  results: ResultRow[];
  comparison: Record<string, number>;
  cleanupFailures: string[];
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(n < 10 ? 1 : 0) : '-');
const rate = (n: number | null) => (n === null ? 'max' : Number.isFinite(n) ? Math.round(n).toString() : '-');

/** Bus cost over the raw Kafka baseline, mode by mode. */
export function compare(results: ResultRow[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const mode of ['throughput', 'latency', 'latency-high'] as const) {
    const bus = results.find((r) => r.scenario === 'bus' && r.mode === mode);
    const raw = results.find((r) => r.scenario === 'kafka-baseline' && r.mode === mode);
    if (!bus || !raw) continue;
    if (mode === 'throughput') {
      out.throughputRatio = bus.achievedRate / raw.achievedRate;
      const busCpu = bus.extra.machineCpuUsPerEvent;
      const rawCpu = raw.extra.machineCpuUsPerEvent;
      if (busCpu !== undefined && rawCpu !== undefined && Number.isFinite(busCpu / rawCpu))
        out.machineCpuRatio = busCpu / rawCpu;
    } else {
      const prefix = mode === 'latency' ? 'latency' : 'latencyHigh';
      out[`${prefix}P50OverheadMs`] = bus.latency.p50 - raw.latency.p50;
      out[`${prefix}P99OverheadMs`] = bus.latency.p99 - raw.latency.p99;
      out[`${prefix}BusP99Ms`] = bus.latency.p99;
    }
  }
  return out;
}

/** An aligned markdown table, plus the environment and comparison lines around it. */
export function formatReport(report: Report): string {
  const header = [
    'scenario',
    'mode',
    'events',
    'offered ev/s',
    'achieved ev/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'notes',
  ];
  const rows = report.results.map((r) => [
    r.scenario,
    r.mode,
    String(r.events),
    rate(r.offeredRate),
    rate(r.achievedRate),
    ms(r.latency.p50),
    ms(r.latency.p95),
    ms(r.latency.p99),
    ms(r.latency.max),
    [
      ...(r.offeredRate !== null && r.achievedRate < 0.95 * r.offeredRate
        ? ['SATURATED: delivered below the offered load, latency includes a growing queue']
        : []),
      ...r.notes,
    ].join('; '),
  ]);
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  const e = report.environment;
  const c = report.comparison;
  const p = report.parameters;
  const fanout = report.results.some((r) => r.scenario === 'fanout');
  return [
    `Bus benchmark — ${e.date}`,
    `node ${e.node} (${e.platform}), ${e.cpus} CPU cores (${e.cpuModel}), ${e.memoryGb} GB RAM; Kafka ${e.kafka} (1 broker, KRaft), kafkajs ${e.kafkajs}; ${e.postgres}`,
    e.note,
    `throughput mode: ${p.events} events as fast as possible; latency modes: ${p.rate} and ${p.highRate} (latency-high) ev/s offered for ${p.durationS} s each (open loop, tick ${p.tickMs} ms); ${p.partitions} partitions, ${p.keys} keys`,
    ...(fanout
      ? [
          `fanout: ${p.fanoutRate} engagements/s offered for ${p.fanoutDurationS} s (open loop, after a warm-up at that rate) through vendors, spend and approvals, with every other module reacting, in modes ${p.fanoutModes.join(', ')}`,
        ]
      : []),
    '',
    line(header),
    rule,
    ...rows.map(line),
    '',
    'latency = delivery (bus: inbox transaction committed; baseline: message received) − send (bus: envelope.occurredAt)',
    'relayP50Ms/relayP99Ms = outbox occurred_at → published_at (the relay marks rows after Kafka acknowledged them)',
    "stage*Ms (bus, per message): Write = envelope built → outbox tx committed; Relay = committed → produce acknowledged; Kafka = acknowledged → consumer decodes it; Inbox = decoded → its batch's inbox tx committed; stage*TailMs = each stage's mean over the slowest 1% end to end",
    'bus-stages: each stage alone on the same events; nodeCpuUsPerEvent = this process, machineCpuUsPerEvent = all cores (PostgreSQL, Kafka and this process; otherCpuUsPerEvent = the difference)',
    ...(fanout
      ? [
          `fanout latency = POST /engagements sent → the ApprovalRequested request readable in GET /approvals/pending as the finance approver (polled every ${p.fanoutPollMs} ms; matched by a per-engagement unique amount, cross-checked by correlation id in approvals' table)`,
          'fanout achieved = engagements / (first send → last approval readable); acceptedRate = POST 201s per second; handlerP50Ms/P99Ms = approvals routing handler start (requested_at) − send, no polling',
          `fanout idleMachineCpuPct = the started, seeded system with no load, over ${IDLE_WINDOW_MS / 1000} s after ${IDLE_SETTLE_MS / 1000} s to settle: all processes as % of the machine; idleNodeCpuPct = the bench process as % of one core (in modulith mode every service)`,
        ]
      : []),
    ...report.results.map(
      (r) =>
        `${r.scenario}/${r.mode}: ${Object.entries(r.extra)
          .map(([k, v]) => `${k}=${Number.isInteger(v) ? v : v.toFixed(1)}`)
          .join(', ')}`,
    ),
    '',
    ...(c.throughputRatio !== undefined
      ? [
          `bus throughput = ${(c.throughputRatio * 100).toFixed(1)}% of raw Kafka` +
            (c.machineCpuRatio !== undefined
              ? `; per event it costs the machine (all processes, all cores) ${c.machineCpuRatio.toFixed(1)}× the CPU raw Kafka does`
              : ''),
        ]
      : []),
    ...(c.latencyP50OverheadMs !== undefined
      ? [
          `bus latency overhead at ${p.rate} ev/s: p50 +${ms(c.latencyP50OverheadMs)} ms, p99 +${ms(c.latencyP99OverheadMs ?? Number.NaN)} ms`,
        ]
      : []),
    ...(c.latencyHighP50OverheadMs !== undefined
      ? [
          `bus latency at ${p.highRate} ev/s: p99 ${ms(c.latencyHighBusP99Ms ?? Number.NaN)} ms; overhead p50 +${ms(c.latencyHighP50OverheadMs)} ms, p99 +${ms(c.latencyHighP99OverheadMs ?? Number.NaN)} ms`,
        ]
      : []),
    ...(report.cleanupFailures.length > 0 ? [`cleanup failures: ${report.cleanupFailures.join('; ')}`] : []),
  ].join('\n');
}

/** Writes `bus-<ISO timestamp>.json` and `latest.json`; returns the timestamped path. */
export async function writeReport(dir: string, report: Report): Promise<string> {
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const file = join(dir, `bus-${report.environment.date.replaceAll(':', '-')}.json`);
  await writeFile(file, json);
  await writeFile(join(dir, 'latest.json'), json);
  return file;
}
