import { type Context, context } from '@opentelemetry/api';
import {
  buildEnvelope,
  type AnyEnvelope,
  type Cause,
  type EnvelopeOf,
  type EventInput,
  type EventType,
  type Producer,
} from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { describe, topicFor } from '@playbook/contracts/catalog';
import type { Queryable } from '@playbook/db/client';
import { withCorrelationId } from '@playbook/telemetry/correlation';
import { injectContext } from '@playbook/telemetry/tracing';
import { chunkBySize } from './chunks.ts';

export interface OutboxOptions {
  producer: Producer;
  /** Prefix of every topic, e.g. a test run's namespace; empty in production. */
  namespace?: string | undefined;
}

/** One outbox row as sent to PostgreSQL: text columns, cast in the INSERT. */
interface PendingRow {
  id: string;
  occurredAt: string;
  topic: string;
  key: string;
  type: string;
  payload: string;
  headers: string;
}

/**
 * Builds envelopes for one cause and their rows. The trace context and correlation id of the
 * moment of publishing are stored with the row, so the relay continues the same trace.
 */
function rowBuilder(cause: Cause, options: OutboxOptions) {
  const emitted = new Map<string, number>();
  // Serialising the trace context costs more than the rest of a row; a handler or command
  // publishing many events does so from one context, so it is done once per context.
  let headersFor: { context: Context; json: string } | undefined;
  const headersOf = (active: Context) => {
    if (headersFor?.context !== active) {
      const json = JSON.stringify(injectContext(withCorrelationId(cause.correlationId, active)));
      headersFor = { context: active, json };
    }
    return headersFor.json;
  };
  return <T extends EventType>(input: EventInput<T>): { envelope: EnvelopeOf<T>; row: PendingRow } => {
    const index = emitted.get(input.type) ?? 0;
    emitted.set(input.type, index + 1);
    const envelope = buildEnvelope(input, cause, options.producer, index);
    const row: PendingRow = {
      id: envelope.messageId,
      occurredAt: new Date(envelope.occurredAt).toISOString(),
      topic: topicFor(describe(input.type).module, options.namespace),
      key: input.key,
      type: input.type,
      payload: JSON.stringify(envelope as AnyEnvelope),
      headers: headersOf(context.active()),
    };
    return { envelope, row };
  };
}

const rowBytes = (r: PendingRow) => r.payload.length + r.headers.length + r.topic.length + r.key.length + 120;

/**
 * Writes rows in one statement (one per MiB for a very large batch, one after another). `order by r.n` makes
 * `seq` follow the order given, so per-key order holds; a message id already present is skipped.
 */
async function insertRows(tx: Queryable, rows: PendingRow[]): Promise<void> {
  for (const chunk of chunkBySize(rows, rowBytes)) await insertChunk(tx, chunk);
}

async function insertChunk(tx: Queryable, rows: PendingRow[]): Promise<void> {
  // One json parameter holding the rows, the envelopes and headers embedded as the JSON they
  // already are: seven text[] parameters cost postgres.js an escaping pass over every envelope.
  const json = `[${rows.map(rowJson).join(',')}]`;
  await tx`
    insert into outbox (id, occurred_at, topic, key, type, payload, headers)
    select r.id, r.occurred_at, r.topic, r.key, r.type, r.payload, r.headers
    from json_to_recordset(${json}::text::json)
      as r(n int, id uuid, occurred_at timestamptz, topic text, key text, type text, payload json, headers json)
    order by r.n
    on conflict (id) do nothing`;
}

const rowJson = (r: PendingRow, n: number) =>
  `{"n":${n},"id":${JSON.stringify(r.id)},"occurred_at":"${r.occurredAt}","topic":${JSON.stringify(r.topic)},"key":${JSON.stringify(r.key)},"type":${JSON.stringify(r.type)},"payload":${r.payload},"headers":${r.headers}}`;

/**
 * A publisher that writes to the outbox inside `tx`. Publishes started together (`Promise.all`)
 * share one INSERT; each resolves once its row is written. Publishing the same message id twice
 * is a no-op (one row).
 */
export function outboxPublisher(tx: Queryable, cause: Cause, options: OutboxOptions): Publisher {
  const build = rowBuilder(cause, options);
  let pending: { rows: PendingRow[]; written: Promise<void> } | undefined;
  return {
    async publish<T extends EventType>(input: EventInput<T>): Promise<EnvelopeOf<T>> {
      const { envelope, row } = build(input);
      if (!pending) {
        const batch = { rows: [] as PendingRow[], written: Promise.resolve() };
        batch.written = Promise.resolve().then(() => {
          pending = undefined;
          return insertRows(tx, batch.rows);
        });
        pending = batch;
      }
      pending.rows.push(row);
      await pending.written;
      return envelope;
    },
  };
}

/**
 * Collects the events of many handlings (one publisher per cause) and writes them all in one
 * statement at `flush()`. Only for a transaction whose owner flushes before commit (a consumer's
 * batch): a publish resolves before its row is written.
 */
export function outboxBuffer(tx: Queryable, options: OutboxOptions) {
  let rows: PendingRow[] = [];
  return {
    publisher(cause: Cause): Publisher {
      const build = rowBuilder(cause, options);
      return {
        async publish<T extends EventType>(input: EventInput<T>): Promise<EnvelopeOf<T>> {
          const { envelope, row } = build(input);
          rows.push(row);
          return envelope;
        },
      };
    },
    async flush(): Promise<void> {
      const taken = rows;
      rows = [];
      await insertRows(tx, taken);
    },
  };
}
