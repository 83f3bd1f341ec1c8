import type { PhaseRecorder } from './recorder.ts';
import type { ResultRow } from './scenario.ts';
import { summarize } from './stats.ts';

/** A measured run as a scenario knows it: elapsed = first send → last delivery, as it timed that. */
export type MeasuredRun = Pick<
  ResultRow,
  'scenario' | 'mode' | 'events' | 'offeredRate' | 'elapsedMs' | 'extra' | 'notes'
> & {
  /** The phase's deliveries: the latency distribution. */
  phase: PhaseRecorder;
};

/** A report row: achieved rate = events over the elapsed time, latency = the phase's deliveries. */
export function measuredRow(run: MeasuredRun): ResultRow {
  return {
    scenario: run.scenario,
    mode: run.mode,
    events: run.events,
    offeredRate: run.offeredRate,
    achievedRate: run.events / (run.elapsedMs / 1000),
    elapsedMs: run.elapsedMs,
    latency: summarize(run.phase.latencies),
    extra: run.extra,
    notes: run.notes,
  };
}
