/**
 * What a connector's message says about its health, read from the envelope alone so that every
 * connector — those written later included — is understood without integrations knowing its
 * payload: the type's name says what happened (`…Fetched` a window, `…WindowFailed` after its
 * retries, `…Delivered` / `…Exported` / `…Pushed` / `…Stored` / `…Published` a delivery out), the
 * rules say which window (`<system>.window` with dataset, from, to), the counts say what it brought.
 */
export type ReportKind = 'window-fetched' | 'window-failed' | 'delivered';

const KINDS: [RegExp, ReportKind][] = [
  [/WindowFailed$/, 'window-failed'],
  [/Fetched$/, 'window-fetched'],
  [/(Delivered|Exported|Pushed|Stored|Published)$/, 'delivered'],
];

/** A connector's event type: `integrations.<system>.<Name>`; the system and kind, or undefined for any other. */
export function reportKindOf(type: string): { system: string; kind: ReportKind } | undefined {
  const [top, system, name, ...rest] = type.split('.');
  if (top !== 'integrations' || !system || !name || rest.length > 0) return undefined;
  const kind = KINDS.find(([pattern]) => pattern.test(name))?.[1];
  return kind ? { system, kind } : undefined;
}

export interface WindowRef {
  dataset: string;
  from: number;
  to: number;
  /** The SyncWindowRequested it answers, when the payload names it. */
  requestId: string | null;
}

export interface ConnectorReport {
  system: string;
  kind: ReportKind;
  occurredAt: number;
  window: WindowRef | null;
  fetched: number | null;
  accepted: number | null;
  skipped: number | null;
  /** Of a window split in parts: this part and how many there are (1 of 1 otherwise). */
  part: number;
  parts: number;
  /** Why a window failed (never a credential: connectors redact before publishing). */
  error: string | null;
  attempts: number | null;
  diagnostics: Record<string, number | null>;
}

export interface ReportEnvelope {
  type: string;
  occurredAt: number;
  counts: Record<string, number>;
  rules?: { name: string; parameters: Record<string, string> }[] | undefined;
  diagnostics: object;
  payload: unknown;
}

const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
const instant = (v: unknown): number | null => {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? null : ms;
  }
  return null;
};
const count = (counts: Record<string, number>, name: string) =>
  typeof counts[name] === 'number' ? Number(counts[name]) : null;

/** The window a message is about: its payload's fields where it has them, else its `<system>.window` rule. */
export function windowOf(system: string, e: Pick<ReportEnvelope, 'rules' | 'payload'>): WindowRef | null {
  const p = (e.payload && typeof e.payload === 'object' ? e.payload : {}) as Record<string, unknown>;
  const rule = (e.rules ?? []).find((r) => r.name === `${system}.window`)?.parameters ?? {};
  const dataset = text(p.dataset) ?? text(rule.dataset);
  const from = instant(p.windowFrom) ?? instant(rule.from);
  const to = instant(p.windowTo) ?? instant(rule.to);
  if (!dataset || from === null || to === null) return null;
  return { dataset, from, to, requestId: text(p.requestId) };
}

/** The report of a connector's message, or undefined when the message is not a connector's report. */
export function readReport(e: ReportEnvelope): ConnectorReport | undefined {
  const what = reportKindOf(e.type);
  if (!what) return undefined;
  const p = (e.payload && typeof e.payload === 'object' ? e.payload : {}) as Record<string, unknown>;
  const failed = what.kind === 'window-failed';
  return {
    ...what,
    occurredAt: e.occurredAt,
    // A delivery may name a window too (a dataset pushed for a period); most do not.
    window: windowOf(what.system, e),
    fetched: count(e.counts, 'fetched'),
    accepted: count(e.counts, 'accepted'),
    skipped: count(e.counts, 'skipped'),
    part: count(e.counts, 'part') ?? 1,
    parts: count(e.counts, 'parts') ?? 1,
    error: failed ? (text(p.reason) ?? text(p.error) ?? 'the window failed') : null,
    attempts: failed ? (count(e.counts, 'attempts') ?? (typeof p.attempts === 'number' ? p.attempts : null)) : null,
    diagnostics: numbersOf(e.diagnostics),
  };
}

function numbersOf(diagnostics: object): Record<string, number | null> {
  return Object.fromEntries(
    Object.entries(diagnostics).map(([k, v]) => [k, typeof v === 'number' && Number.isFinite(v) ? v : null]),
  );
}
