/** The command line of `playbook sync`, read without side effects (tested). */
export interface SyncArgs {
  system: string;
  from: number;
  to: number;
  /** Each window's length (default one day). */
  windowMs: number;
  dataset?: string | undefined;
  /** integrations' base URL (default INTEGRATIONS_URL, else http://127.0.0.1:4020). */
  url?: string | undefined;
  /** Windows asked and not yet answered, at most (default 4). */
  parallel: number;
  /** How often the windows' status is read (default 1 s). */
  pollMs: number;
}

export class UsageError extends Error {}

export const USAGE = `usage: npm run playbook -- sync <system> --from <date> --to <date> [--window 1d] [--dataset <name>]
                                [--parallel 4] [--poll 1s] [--url http://127.0.0.1:4020]
  Backfills <system> window by window through integrations (POST /connectors/<system>/sync), showing
  progress; interrupted and run again, it goes on where it stopped (windows already fetched are skipped).
  Dates: YYYY-MM-DD (midnight UTC) or a date-time with offset; --to is exclusive.
  Token: PLAYBOOK_TOKEN, else one minted for PLAYBOOK_USER (u-alex) of PLAYBOOK_ORG (org-lumen) with
  AUTH_JWT_SECRET (the local development secret when unset, never in production).`;

const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `1d`, `6h`, `30m`, `90s`, `500ms`, `2w`. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|w)$/.exec(text.trim());
  if (!m) throw new UsageError(`"${text}" is not a duration (e.g. 1d, 6h, 30m)`);
  const ms = Number(m[1]) * UNITS[m[2]!]!;
  if (!(ms >= 1)) throw new UsageError(`a duration must be at least 1 ms, not "${text}"`);
  return ms;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A date (midnight UTC) or a date-time with its offset. */
export function parseDate(text: string, flag: string): number {
  const ms = DATE.test(text) ? Date.parse(`${text}T00:00:00Z`) : DATE_TIME.test(text) ? Date.parse(text) : Number.NaN;
  const exists = ms >= 0 && (!DATE.test(text) || new Date(ms).toISOString().startsWith(text));
  if (!exists) throw new UsageError(`${flag} "${text}" is not a date (YYYY-MM-DD) or a date-time with offset`);
  return ms;
}

export function parseSyncArgs(argv: readonly string[]): SyncArgs {
  const flags = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  const known = ['from', 'to', 'window', 'dataset', 'url', 'parallel', 'poll'];
  const unknown = [...flags.keys()].filter((f) => !known.includes(f));
  if (unknown.length) throw new UsageError(`unknown option ${unknown.map((f) => `--${f}`).join(', ')}`);
  if (positional.length !== 1) throw new UsageError('name one system, e.g. ramp');
  if (!flags.has('from') || !flags.has('to')) throw new UsageError('--from and --to are required');
  const from = parseDate(flags.get('from')!, '--from');
  const to = parseDate(flags.get('to')!, '--to');
  if (!(from < to)) throw new UsageError('--from must be before --to');
  const parallel = Number(flags.get('parallel') ?? 4);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 32)
    throw new UsageError('--parallel is a whole number from 1 to 32');
  return {
    system: positional[0]!,
    from,
    to,
    windowMs: parseDuration(flags.get('window') ?? '1d'),
    dataset: flags.get('dataset'),
    url: flags.get('url'),
    parallel,
    pollMs: parseDuration(flags.get('poll') ?? '1s'),
  };
}
