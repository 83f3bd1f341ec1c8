import { setTimeout as sleep } from 'node:timers/promises';

export interface OpenLoopOptions {
  rate: number;
  durationS: number;
  tickMs: number;
}

export interface OpenLoopReport {
  /** Events emitted in total. */
  events: number;
  startedAt: number;
  /** How late the most delayed tick fired (the pacer itself falling behind). */
  maxSlipMs: number;
  /** Most emissions still running at once (open loop: a slow one never delays the next). */
  maxInFlight: number;
}

/**
 * Open-loop pacing: tick i fires at start + i * tickMs whatever happened to earlier ticks, and
 * emits its share of `rate`; emissions run concurrently. Resolves once every emission settled,
 * rejecting with the first failure.
 */
export async function openLoop(
  options: OpenLoopOptions,
  emit: (tick: number, count: number, firstSequence: number) => Promise<void>,
): Promise<OpenLoopReport> {
  const ticks = Math.round((options.durationS * 1000) / options.tickMs);
  const total = Math.round(options.rate * options.durationS);
  const startedAt = Date.now();
  const running = new Set<Promise<void>>();
  const failures: unknown[] = [];
  let maxSlipMs = 0;
  let maxInFlight = 0;
  let emitted = 0;
  for (let tick = 0; tick < ticks && failures.length === 0; tick++) {
    const due = startedAt + tick * options.tickMs;
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    maxSlipMs = Math.max(maxSlipMs, Date.now() - due);
    // Spread `total` evenly over the ticks, whatever the rounding.
    const count = Math.round(((tick + 1) * total) / ticks) - emitted;
    if (count <= 0) continue;
    const first = emitted;
    emitted += count;
    const p: Promise<void> = emit(tick, count, first)
      .catch((error: unknown) => void failures.push(error))
      .finally(() => running.delete(p));
    running.add(p);
    maxInFlight = Math.max(maxInFlight, running.size);
  }
  await Promise.all(running);
  if (failures.length > 0) throw failures[0];
  return { events: emitted, startedAt, maxSlipMs, maxInFlight };
}

/**
 * Polls until `done()` holds, every `intervalMs` (5); throws a clear error at `deadline`, naming
 * what was awaited and how far it got.
 */
export async function waitUntil(
  done: () => boolean | Promise<boolean>,
  options: { deadline: number; what: string; progress?: () => string | Promise<string>; intervalMs?: number },
): Promise<void> {
  while (!(await done())) {
    if (Date.now() >= options.deadline) {
      const detail = options.progress
        ? ` (${await Promise.resolve(options.progress()).catch((e: unknown) => `progress unknown: ${String(e)}`)})`
        : '';
      throw new Error(`timed out waiting for ${options.what}${detail}`);
    }
    await sleep(options.intervalMs ?? 5);
  }
}

/** The latency modes every probe scenario runs: `latency` at the base rate, `latency-high` at the high one. */
export const latencyModes = (params: { rate: number; highRate: number }): ['latency' | 'latency-high', number][] => [
  ['latency', params.rate],
  ['latency-high', params.highRate],
];
