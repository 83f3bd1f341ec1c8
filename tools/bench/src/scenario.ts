import type { InfraEnv } from '@playbook/testing/infra';
import type { Logger } from '@playbook/telemetry/logger';
import type { Cleanup } from './cleanup.ts';
import type { LatencySummary } from './stats.ts';

/** Knobs shared by every scenario, so all of them are measured under the same load. */
export interface BenchParams {
  /** Events in the throughput mode (sent as fast as possible). */
  events: number;
  /** Events per outbox transaction in the throughput mode. */
  txBatch: number;
  /** Offered load of the latency mode, events per second (open loop). */
  rate: number;
  /** Offered load of the second latency mode (`latency-high`), events per second. */
  highRate: number;
  /** How long the latency mode offers that load, seconds. */
  durationS: number;
  /** Pacing tick of the latency mode; each tick emits rate * tickMs / 1000 events (one transaction on the bus). */
  tickMs: number;
  /** Kafka partitions of every benchmark topic. */
  partitions: number;
  /** Distinct message keys (aggregate ids), spread over the partitions. */
  keys: number;
  /** Fan-out: offered engagements per second (open loop) through every module. */
  fanoutRate: number;
  /** Fan-out: how long that load is offered, seconds (after a warm-up at the same rate). */
  fanoutDurationS: number;
  /** Fan-out: how often the approvals queue is read (GET /approvals/pending), ms. */
  fanoutPollMs: number;
  /** Fan-out: the run modes measured, in order ('modulith', 'processes'). */
  fanoutModes: string[];
}

export interface BenchContext {
  env: InfraEnv;
  params: BenchParams;
  log: Logger;
  cleanup: Cleanup;
  /** Epoch ms by which every scenario must be done; waits never go past it. */
  deadline: number;
  /** Progress lines for the operator (stderr). */
  progress(message: string): void;
}

/** Bus scenarios: throughput / latency; the fan-out: the run mode of the services; bus-stages: the stage alone. */
export type Mode =
  | 'throughput'
  | 'latency'
  | 'latency-high'
  | 'modulith'
  | 'processes'
  | 'publisher'
  | 'relay'
  | 'consumer';

/** One line of the report. */
export interface ResultRow {
  scenario: string;
  mode: Mode;
  events: number;
  /** Offered load in events/s (latency mode); null when sent as fast as possible. */
  offeredRate: number | null;
  /** Events delivered per second, from the first send to the last delivery. */
  achievedRate: number;
  elapsedMs: number;
  /** Delivery minus send time, per message. */
  latency: LatencySummary;
  /** Scenario-specific figures, e.g. the outbox write rate. */
  extra: Record<string, number>;
  notes: string[];
}

/** A pluggable benchmark: main runs each in turn and reports every row it returns. */
export interface Scenario {
  name: string;
  description: string;
  /** Seconds this scenario adds to the run's default budget (BENCH_BUDGET_S) when selected. */
  budgetS?: number;
  run(ctx: BenchContext): Promise<ResultRow[]>;
}
