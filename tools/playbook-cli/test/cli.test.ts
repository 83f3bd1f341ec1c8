import { describe, expect, it } from 'vitest';
import { parseDuration, parseSyncArgs, UsageError } from '../src/args.ts';
import { planWindows } from '../src/plan.ts';
import { formatDuration, formatProgress, paceOf, type Snapshot } from '../src/progress.ts';

const DAY = 86_400_000;
const D = (date: string) => Date.parse(`${date}T00:00:00Z`);

describe('the command line', () => {
  it('reads a system, a range, a window size and options', () => {
    expect(
      parseSyncArgs(['ramp', '--from', '2026-01-01', '--to=2026-02-01', '--window', '6h', '--dataset', 'transactions']),
    ).toEqual({
      system: 'ramp',
      from: D('2026-01-01'),
      to: D('2026-02-01'),
      windowMs: 6 * 3_600_000,
      dataset: 'transactions',
      url: undefined,
      parallel: 4,
      pollMs: 1000,
    });
    expect(parseSyncArgs(['ramp', '--from', '2026-01-01T06:00:00+01:00', '--to', '2026-01-02']).from).toBe(
      Date.parse('2026-01-01T05:00:00Z'),
    );
  });

  it('refuses what it cannot run, saying why', () => {
    const refusals: [string[], RegExp][] = [
      [['--from', '2026-01-01', '--to', '2026-01-02'], /one system/],
      [['ramp', '--from', '2026-01-01'], /required/],
      [['ramp', '--from', '2026-01-02', '--to', '2026-01-01'], /before/],
      [['ramp', '--from', '2026-02-30', '--to', '2026-03-02'], /not a date/],
      [['ramp', '--from', '2026-01-01', '--to', '2026-01-02', '--window', 'daily'], /not a duration/],
      [['ramp', '--from', '2026-01-01', '--to', '2026-01-02', '--speed', 'fast'], /unknown option --speed/],
      [['ramp', '--from', '2026-01-01', '--to'], /needs a value/],
      [['ramp', '--from', '2026-01-01', '--to', '2026-01-02', '--parallel', '0'], /parallel/],
    ];
    for (const [argv, message] of refusals) expect(() => parseSyncArgs(argv), argv.join(' ')).toThrow(message);
    expect(() => parseSyncArgs([])).toThrow(UsageError);
  });

  it('reads durations', () => {
    expect([parseDuration('1d'), parseDuration('90s'), parseDuration('2w'), parseDuration('500ms')]).toEqual([
      DAY,
      90_000,
      14 * DAY,
      500,
    ]);
  });
});

describe('planWindows', () => {
  it('cuts a range into consecutive windows, the last one shorter', () => {
    const plan = planWindows(D('2026-01-01'), D('2026-01-03') + 12 * 3_600_000, DAY, D('2026-06-01'));
    expect(plan.cutAt).toBeUndefined();
    expect(plan.windows).toEqual([
      { from: D('2026-01-01'), to: D('2026-01-02') },
      { from: D('2026-01-02'), to: D('2026-01-03') },
      { from: D('2026-01-03'), to: D('2026-01-03') + 12 * 3_600_000 },
    ]);
  });

  it('stops a range still open at the last whole window, the same whatever the hour of the rerun', () => {
    const morning = planWindows(D('2026-01-01'), D('2026-01-10'), DAY, D('2026-01-05') + 3_600_000);
    const evening = planWindows(D('2026-01-01'), D('2026-01-10'), DAY, D('2026-01-05') + 20 * 3_600_000);
    expect(morning).toEqual(evening);
    expect(morning.cutAt).toBe(D('2026-01-05'));
    expect(morning.windows.at(-1)).toEqual({ from: D('2026-01-04'), to: D('2026-01-05') });
    expect(planWindows(D('2026-01-05'), D('2026-01-10'), DAY, D('2026-01-05') + 1).windows).toEqual([]);
  });
});

describe('progress', () => {
  const s: Snapshot = {
    total: 30,
    done: 12,
    failed: 0,
    inFlight: 2,
    records: 1234,
    recordsThisRun: 912,
    doneThisRun: 8,
    elapsedMs: 20_000,
  };

  it('paces by this run: records per second, and time left from the time per window fetched', () => {
    expect(paceOf(s)).toEqual({ percent: 40, rate: 45.6, etaMs: 45_000 });
    expect(paceOf({ ...s, doneThisRun: 0, recordsThisRun: 0 }).etaMs).toBeNull();
    expect(paceOf({ ...s, done: 28, failed: 2 })).toMatchObject({ percent: 100, etaMs: 0 });
    expect(paceOf({ ...s, total: 0, done: 0 }).percent).toBe(100);
  });

  it('says it in one line', () => {
    expect(formatProgress('ramp/transactions', s)).toBe(
      'ramp/transactions  12/30 windows (40%)  1,234 records  45.6 rec/s  ~45s left  2 in flight',
    );
    expect(formatProgress('ramp/transactions', { ...s, failed: 1, inFlight: 0, doneThisRun: 0 })).toContain(
      'time left: after the first window  1 failed',
    );
    expect([formatDuration(12_400), formatDuration(185_000), formatDuration(3_720_000)]).toEqual([
      '12s',
      '3m 05s',
      '1h 02m',
    ]);
  });
});
