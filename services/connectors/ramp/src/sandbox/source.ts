import type { RampApiTransaction } from '../ramp-api.ts';
import { type SeedTag, seedTime, seedTransaction } from './seed.ts';

/**
 * The sandbox's transactions in the API's order (time, then id), read by position so a page costs
 * its own size, not the size of the whole source.
 */
export interface TransactionSource {
  /** Positions [lo, hi) of the window [from, to). */
  range(from: number, to: number): { lo: number; hi: number };
  at(position: number): RampApiTransaction;
  /** Position of the first transaction with this id, or -1. */
  positionOf(id: string): number;
}

const timeOf = (t: RampApiTransaction) => Date.parse(t.user_transaction_time);

/** First position in [0, n) whose value is >= target, for values that never decrease. */
function lowerBound(n: number, valueAt: (i: number) => number, target: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (valueAt(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Transactions kept in an array the tests may push to: sorted again only when it has grown
 * (the array is append-only), then every read is a binary search or a map look-up.
 */
export function arraySource(store: RampApiTransaction[]): TransactionSource {
  let sortedAt = -1;
  let sorted: RampApiTransaction[] = [];
  let times: number[] = [];
  let first = new Map<string, number>();
  const fresh = () => {
    if (sortedAt === store.length) return;
    sorted = [...store].sort(
      (a, b) => a.user_transaction_time.localeCompare(b.user_transaction_time) || a.id.localeCompare(b.id),
    );
    times = sorted.map(timeOf);
    first = new Map();
    for (const [i, t] of sorted.entries()) if (!first.has(t.id)) first.set(t.id, i);
    sortedAt = store.length;
  };
  return {
    range(from, to) {
      fresh();
      const at = (i: number) => times[i]!;
      return { lo: lowerBound(times.length, at, from), hi: lowerBound(times.length, at, to) };
    },
    at(position) {
      fresh();
      return sorted[position]!;
    },
    positionOf(id) {
      fresh();
      return first.get(id) ?? -1;
    },
  };
}

export interface GeneratedTransactions {
  count: number;
  from: number;
  to: number;
  /** Tags cycled over in runs of four charges (three tagged, one not); none: untagged. */
  tags?: readonly SeedTag[];
  prefix?: string;
}

/**
 * `count` seeded transactions (as seedTransactions makes them) built when read, so a sandbox of a
 * million charges holds none of them in memory.
 */
export function generatedSource(g: GeneratedTransactions): TransactionSource {
  const prefix = g.prefix ?? 'txn';
  const tags = g.tags ?? [];
  const time = (i: number) => seedTime(i, g.count, g.from, g.to);
  return {
    range: (from, to) => ({ lo: lowerBound(g.count, time, from), hi: lowerBound(g.count, time, to) }),
    at: (i) =>
      seedTransaction(i, g.count, g.from, g.to, tags.length ? tags[(i >> 2) % tags.length] : undefined, prefix),
    positionOf(id) {
      if (!id.startsWith(`${prefix}-`)) return -1;
      const i = Number(id.slice(prefix.length + 1));
      return Number.isInteger(i) && i >= 0 && i < g.count ? i : -1;
    },
  };
}
