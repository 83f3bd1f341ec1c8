import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpuMeter } from './machine-cpu.ts';

/** The started, seeded system left alone: first to settle, then measured (each fan-out mode, and the report's legend). */
export const IDLE_SETTLE_MS = 5_000;
export const IDLE_WINDOW_MS = 10_000;

/** What the started system costs doing nothing: CPU as a share of the whole machine and of one core. */
export interface IdleCost {
  /** All processes, all cores (PostgreSQL, Kafka, the services), as % of the machine. */
  machinePct: number;
  /** This process (in modulith mode: every service), as % of one core. */
  processPct: number;
}

/**
 * Lets the system settle (the seed's events consumed), then measures CPU over `windowMs` with no
 * load offered. A service that spins while idle (kafkajs re-arming a 1 ms timer per connection
 * did: 27–31 % of this machine for the 23 processes of `npm start -- --mode processes`) shows here.
 */
export async function measureIdleCost(settleMs: number, windowMs: number): Promise<IdleCost> {
  await sleep(settleMs);
  const used = cpuMeter();
  const startedAt = performance.now();
  await sleep(windowMs);
  const { processUs, machineUs } = used();
  const elapsedUs = (performance.now() - startedAt) * 1000;
  return {
    machinePct: round1((100 * machineUs) / (elapsedUs * cpus().length)),
    processPct: round1((100 * processUs) / elapsedUs),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;
