import { describe, expect, it } from 'vitest';
import { splitIntoParts, windowMessageId, windowRequestId, windowsBetween } from '../src/window.ts';

const W = { from: Date.parse('2026-03-01T00:00:00Z'), to: Date.parse('2026-03-02T00:00:00Z') };

describe('windowMessageId', () => {
  it('is the same for the same system, dataset and window, and differs for any other', () => {
    expect(windowMessageId('ramp', 'transactions', W)).toBe(windowMessageId('ramp', 'transactions', { ...W }));
    const others = [
      windowMessageId('nexonia', 'transactions', W),
      windowMessageId('ramp', 'users', W),
      windowMessageId('ramp', 'transactions', { ...W, to: W.to + 1 }),
      windowMessageId('ramp', 'transactions', W, 1, 2),
      windowMessageId('ramp', 'transactions', W, 2, 2),
    ];
    expect(new Set([windowMessageId('ramp', 'transactions', W), ...others]).size).toBe(6);
  });
});

describe('windowRequestId', () => {
  it('is the same for the same window, differs for another window or a later attempt, and never equals the batch id', () => {
    const first = windowRequestId('ramp', 'transactions', W);
    expect(first).toBe(windowRequestId('ramp', 'transactions', { ...W }, 1));
    const others = [
      windowRequestId('ramp', 'transactions', W, 2),
      windowRequestId('ramp', 'transactions', { ...W, from: W.from - 1 }),
      windowRequestId('hubspot', 'transactions', W),
      windowMessageId('ramp', 'transactions', W),
    ];
    expect(new Set([first, ...others]).size).toBe(5);
  });
});

describe('splitIntoParts', () => {
  it('keeps every part under the byte limit, in order, losing nothing', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: `t-${i}`, memo: 'x'.repeat(80) }));
    const parts = splitIntoParts(records, 10_000);
    expect(parts.length).toBeGreaterThan(9);
    for (const p of parts) expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThanOrEqual(10_000);
    expect(parts.flat()).toEqual(records);
  });
  it('gives one empty part for an empty window, and refuses a record larger than a part', () => {
    expect(splitIntoParts([], 100)).toEqual([[]]);
    expect(() => splitIntoParts([{ memo: 'y'.repeat(200) }], 100)).toThrow(/over the 100 byte part limit/);
  });
});

describe('windowsBetween', () => {
  it('cuts a range into consecutive windows, the last one shorter', () => {
    const ws = windowsBetween(0, 25, 10);
    expect(ws).toEqual([
      { from: 0, to: 10 },
      { from: 10, to: 20 },
      { from: 20, to: 25 },
    ]);
  });
});
