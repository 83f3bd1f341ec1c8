/** Where a backfill stands; what a person sees of it. Pure (tested). */
export interface Snapshot {
  total: number;
  /** Windows fetched, before this run included. */
  done: number;
  failed: number;
  /** Asked and not yet answered. */
  inFlight: number;
  /** Records of every fetched window, and of those fetched in this run. */
  records: number;
  recordsThisRun: number;
  /** Windows this run saw fetched (the ones fetched before it do not tell its pace). */
  doneThisRun: number;
  elapsedMs: number;
}

export interface Pace {
  percent: number;
  /** Records per second in this run. */
  rate: number;
  /** Time left at this run's pace per window; null before the first window of the run is fetched. */
  etaMs: number | null;
}

export function paceOf(s: Snapshot): Pace {
  const settled = s.done + s.failed;
  const seconds = s.elapsedMs / 1000;
  const left = Math.max(0, s.total - settled);
  return {
    percent: s.total === 0 ? 100 : Math.floor((settled / s.total) * 100),
    rate: seconds > 0 ? s.recordsThisRun / seconds : 0,
    etaMs: left === 0 ? 0 : s.doneThisRun > 0 ? Math.round((s.elapsedMs / s.doneThisRun) * left) : null,
  };
}

/** `1h 02m`, `3m 05s`, `12s`. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (h > 0) return `${h}h ${pad(m)}m`;
  if (m > 0) return `${m}m ${pad(s)}s`;
  return `${s}s`;
}

const grouped = (n: number) => Math.round(n).toLocaleString('en-US');

/** One line: `ramp/transactions  12/30 windows (40%)  1,234 records  45.6 rec/s  ~1m 20s left  2 in flight`. */
export function formatProgress(label: string, s: Snapshot): string {
  const pace = paceOf(s);
  const left = pace.etaMs === null ? 'time left: after the first window' : `~${formatDuration(pace.etaMs)} left`;
  return [
    label,
    `${s.done}/${s.total} windows (${pace.percent}%)`,
    `${grouped(s.records)} records`,
    `${pace.rate.toFixed(1)} rec/s`,
    left,
    ...(s.inFlight ? [`${s.inFlight} in flight`] : []),
    ...(s.failed ? [`${s.failed} failed`] : []),
  ].join('  ');
}
