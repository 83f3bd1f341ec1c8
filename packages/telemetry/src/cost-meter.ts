import { AsyncLocalStorage } from 'node:async_hooks';

/** A reason an envelope carries in `rules`: a policy, threshold, window or check, with its parameters. */
export interface AppliedRule {
  name: string;
  parameters: Record<string, string>;
}

/**
 * What one unit of work (an HTTP request, one consumed message) has cost and which rules it applied
 * so far. The database client counts its round trips into the active meter, authorization notes the
 * permission it checked, and every envelope published inside the unit carries the figures in
 * `diagnostics` and `rules` — measured, not written by hand.
 */
export interface CostMeter {
  readonly startedAt: number;
  dbRoundTrips: number;
  readonly rules: AppliedRule[];
}

const storage = new AsyncLocalStorage<CostMeter>();

/** Runs `fn` under a fresh meter (starting with `rules`). */
export function metered<T>(fn: () => T, rules: AppliedRule[] = []): T {
  return storage.run({ startedAt: performance.now(), dbRoundTrips: 0, rules: [...rules] }, fn);
}

export const currentMeter = (): CostMeter | undefined => storage.getStore();

/** Called by the database client for every query it sends. */
export function countRoundTrip(): void {
  const meter = storage.getStore();
  if (meter) meter.dbRoundTrips += 1;
}

/** Notes a rule once (the same name and parameters twice are one rule). */
export function noteRule(rule: AppliedRule): void {
  const meter = storage.getStore();
  if (!meter) return;
  const key = JSON.stringify(rule);
  if (!meter.rules.some((r) => JSON.stringify(r) === key)) meter.rules.push(rule);
}

/** The meter's reading now: elapsed milliseconds and database round trips. */
export function readMeter(): { elapsedMs: number; dbRoundTrips: number; rules: AppliedRule[] } | undefined {
  const meter = storage.getStore();
  if (!meter) return undefined;
  return {
    elapsedMs: Math.round(performance.now() - meter.startedAt),
    dbRoundTrips: meter.dbRoundTrips,
    rules: [...meter.rules],
  };
}
