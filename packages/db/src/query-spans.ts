import { context, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { CORRELATION_SPAN_ATTRIBUTE, correlationIdFrom } from '@playbook/telemetry/correlation';
import { countRoundTrip } from '@playbook/telemetry/cost-meter';
import type postgres from 'postgres';

const SPAN = Symbol('playbook.db.span');
const MAX_TEXT = 2000;

interface QueryInternals {
  strings: TemplateStringsArray | string;
  executed: boolean;
  handle(): Promise<void>;
  [SPAN]?: Span;
}

let patched: object | undefined;

/**
 * A CLIENT span for every query postgres.js sends, child of whatever span is active where the query
 * is awaited (an HTTP request, a consumed message), so each trace shows its database work.
 * postgres.js has no query hooks, so this wraps `Query.prototype.handle`, the one place every query
 * (tagged, unsafe, transactions, cursors) passes through exactly once on its way to a connection;
 * fragments that are never executed on their own get no span. Queries outside any span (pollers,
 * the relay's loop) get none either, so background work does not flood the trace store. Idempotent.
 */
export function traceQueries(sql: postgres.Sql): void {
  const proto = Object.getPrototypeOf(sql`select 1`) as QueryInternals;
  if (patched === proto) return;
  patched = proto;
  const handle = proto.handle;
  proto.handle = function (this: QueryInternals) {
    // Every query counts once against the unit of work it is sent from (handle runs per await; only the first sends).
    if (!this.executed) countRoundTrip();
    if (!this.executed && !this[SPAN] && trace.getSpan(context.active())) {
      const { text, name } = describeQuery(this.strings);
      const correlationId = correlationIdFrom();
      const span = trace.getTracer('@playbook/db').startSpan(name, {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': 'postgresql',
          'db.query.text': text.slice(0, MAX_TEXT),
          ...(correlationId ? { [CORRELATION_SPAN_ATTRIBUTE]: correlationId } : {}),
        },
      });
      this[SPAN] = span;
      Promise.prototype.then.call(
        this,
        () => span.end(),
        (error: unknown) => {
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: error instanceof Error ? error.message : String(error),
          });
          span.end();
        },
      );
    }
    return handle.call(this);
  };
}

/** A tagged query's strings are one array per call site: its text and span name are worked out once. */
const described = new WeakMap<TemplateStringsArray, { text: string; name: string }>();

function describeQuery(strings: TemplateStringsArray | string): { text: string; name: string } {
  if (typeof strings === 'string') {
    const text = queryText(strings);
    return { text, name: spanName(text) };
  }
  let known = described.get(strings);
  if (!known) {
    const text = queryText(strings);
    known = { text, name: spanName(text) };
    described.set(strings, known);
  }
  return known;
}

function queryText(strings: TemplateStringsArray | string): string {
  if (typeof strings === 'string') return strings.trim();
  return strings
    .reduce((text, part, i) => (i === 0 ? part : `${text}$${i}${part}`), '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `SELECT purchase_orders`, `INSERT outbox`, `BEGIN`: the operation and, when easy to see, its table. */
export function spanName(text: string): string {
  const operation = (/^\s*(\w+)/.exec(text)?.[1] ?? 'query').toUpperCase();
  const table = /\b(?:from|into|update|join)\s+("?[a-z_]\w*"?(?:\."?\w+"?)?)/i.exec(text)?.[1]?.replaceAll('"', '');
  return table ? `${operation} ${table}` : operation;
}
