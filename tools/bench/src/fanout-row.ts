import type { Sent } from './fanout-engagements.ts';
import type { IdleCost } from './idle-cost.ts';
import type { OpenLoopReport } from './pacing.ts';
import type { PhaseRecorder } from './recorder.ts';
import { MODULES } from '@playbook/launcher/modules';
import { measuredRow } from './result-row.ts';
import type { ResultRow } from './scenario.ts';
import type { RunMode } from './slice-setup.ts';
import { summarize, type LatencySummary } from './stats.ts';

/** Everything one fan-out mode measured, once its services have stopped. */
export interface FanoutRun {
  scenario: string;
  mode: RunMode;
  rate: number;
  durationS: number;
  pollMs: number;
  warm: OpenLoopReport;
  paced: OpenLoopReport;
  /** Deliveries (approval requests readable) of the measured phase. */
  measured: PhaseRecorder;
  /** The measured phase's engagements, all of them read. */
  runs: Sent[];
  /** requested_at − send, from approvals' own table. */
  handler: LatencySummary;
  pollDurations: number[];
  /** Polls since the measured phase began. */
  polls: number;
  /** CPU of the started, seeded system before any load. */
  idle: IdleCost;
}

/**
 * The report row of one mode. Saturated: the slice delivered below the offered rate (the report
 * flags that row itself), or a queue grew during the run (latency of the last third of sends well
 * above the first third's).
 */
export function fanoutRow(run: FanoutRun): ResultRow {
  const { mode, rate, durationS, paced, runs } = run;
  const lastResponse = Math.max(...runs.map((s) => s.respondedAt!));
  const bySeq = [...runs].sort((a, b) => a.seq - b.seq).map((s) => s.readAt! - s.sentAt);
  const third = Math.max(1, Math.floor(bySeq.length / 3));
  const firstThird = summarize(bySeq.slice(0, third)).p50;
  const lastThird = summarize(bySeq.slice(-third)).p50;
  const elapsedMs = run.measured.lastDeliveredAt - paced.startedAt;
  const rateHeld = paced.events / (elapsedMs / 1000) >= 0.95 * rate;
  const queueGrew = lastThird > 2 * firstThird && lastThird - firstThird > 200;
  const http = summarize(runs.map((s) => s.respondedAt! - s.sentAt));
  return measuredRow({
    scenario: run.scenario,
    mode,
    events: paced.events,
    offeredRate: rate,
    elapsedMs,
    phase: run.measured,
    extra: {
      saturated: rateHeld && !queueGrew ? 0 : 1,
      acceptedRate: paced.events / ((lastResponse - paced.startedAt) / 1000),
      httpP50Ms: http.p50,
      httpP99Ms: http.p99,
      firstThirdP50Ms: firstThird,
      lastThirdP50Ms: lastThird,
      handlerP50Ms: run.handler.p50,
      handlerP99Ms: run.handler.p99,
      pollMs: run.pollMs,
      pollP50Ms: summarize(run.pollDurations).p50,
      polls: run.polls,
      pacerMaxSlipMs: paced.maxSlipMs,
      maxRequestsInFlight: paced.maxInFlight,
      warmupEngagements: run.warm.events + 1,
      idleMachineCpuPct: run.idle.machinePct,
      idleNodeCpuPct: run.idle.processPct,
    },
    notes: [
      mode === 'modulith'
        ? `${MODULES.length} modules in the bench process`
        : `${MODULES.length} modules, 1 OS process each`,
      `open loop ${rate}/s for ${durationS} s`,
      ...(queueGrew
        ? [
            `${rateHeld ? 'SATURATED: ' : ''}p50 grew from ${firstThird} ms (first third of sends) to ${lastThird} ms (last third)`,
          ]
        : []),
      ...(rateHeld && !queueGrew ? ['not saturated: rate held, latency flat'] : []),
    ],
  });
}
