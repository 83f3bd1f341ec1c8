import { propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { outboxReader, type OutboxRow } from '@playbook/bus-postgres/outbox-reader';
import type { Sql } from '@playbook/db/client';
import { CORRELATION_SPAN_ATTRIBUTE } from '@playbook/telemetry/correlation';
import type { Logger } from '@playbook/telemetry/logger';
import { outboxBacklog, outboxPublished } from '@playbook/telemetry/metrics';
import { injectContext, tracer } from '@playbook/telemetry/tracing';
import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import { HEADER } from './headers.ts';
import type { Serde } from './serde.ts';
import { createWakeSignal } from './wake.ts';

export interface RelayOptions {
  sql: Sql;
  schema: string;
  kafka: Kafka;
  serde: Serde;
  log: Logger;
  service: string;
  batchSize?: number;
  /** Polling fallback when no notification arrives. */
  pollMs?: number;
  /** Test seam: runs after Kafka acknowledged a batch and before the rows are marked published. */
  afterSend?: (rows: OutboxRow[]) => void | Promise<void>;
}

/**
 * Publishes the outbox to Kafka in order (idempotent producer, acks=all), woken by LISTEN/NOTIFY.
 * One relay per schema holds an advisory lock, so several instances of a service never interleave
 * sends. A crash between send and mark re-sends the batch: duplicates on the wire, none in effect,
 * because consumers deduplicate by message id.
 */
export function createOutboxRelay(options: RelayOptions) {
  const { sql, schema, log, service } = options;
  const batchSize = options.batchSize ?? 500;
  const pollMs = options.pollMs ?? 1000;
  const reader = outboxReader(sql, schema);
  const wake = createWakeSignal();
  let producer: Producer | undefined;
  let running = false;
  let loop: Promise<void> | undefined;

  const toMessage = async (row: OutboxRow): Promise<Message> => {
    // The trace of the moment of publishing, stored with the row; not the relay loop's own context.
    const parent = propagation.extract(ROOT_CONTEXT, row.headers);
    const span = tracer().startSpan(
      `publish ${row.type}`,
      {
        kind: SpanKind.PRODUCER,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.destination.name': row.topic,
          'messaging.message.id': row.id,
          [CORRELATION_SPAN_ATTRIBUTE]: row.payload.correlationId,
        },
      },
      parent,
    );
    try {
      const value = await options.serde.encode(row.topic, row.payload);
      const headers = { ...row.headers, ...injectContext(trace.setSpan(parent, span)) };
      return {
        key: row.key,
        value,
        headers: {
          ...headers,
          [HEADER.messageId]: row.id,
          [HEADER.type]: row.type,
          [HEADER.correlationId]: row.payload.correlationId,
        },
      };
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
      throw error;
    } finally {
      span.end();
    }
  };

  const sendBatch = async (rows: OutboxRow[]) => {
    const byTopic = new Map<string, Message[]>();
    for (const row of rows) {
      const messages = byTopic.get(row.topic) ?? [];
      messages.push(await toMessage(row));
      byTopic.set(row.topic, messages);
    }
    await producer!.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })),
    });
    await options.afterSend?.(rows);
    await reader.markPublished(rows.map((r) => r.seq));
    for (const [topic, messages] of byTopic) outboxPublished.inc({ service, topic }, messages.length);
  };

  const holdLeadership = async () => {
    const connection = await sql.reserve();
    while (running) {
      const [row] = await connection<
        { locked: boolean }[]
      >`select pg_try_advisory_lock(hashtext(${`relay:${schema}`})) as locked`;
      if (row?.locked) return connection;
      await wake.wait(pollMs * 5);
    }
    connection.release();
    return undefined;
  };

  const run = async () => {
    const leader = await holdLeadership();
    if (!leader) return;
    const unlisten = await reader.listen(() => wake.notify());
    let failures = 0;
    try {
      while (running) {
        try {
          const rows = await reader.unpublished(batchSize);
          outboxBacklog.set({ service }, rows.length === batchSize ? await reader.backlog() : rows.length);
          if (rows.length === 0) {
            await wake.wait(pollMs);
            continue;
          }
          await sendBatch(rows);
          failures = 0;
        } catch (error) {
          // Back off (0.5 s doubling to 30 s) so a missing schema or a broker outage is logged, not flooded.
          failures++;
          const delay = Math.min(500 * 2 ** (failures - 1), 30_000);
          log.error({ err: error, failures, retryInMs: delay }, 'outbox relay failed to publish a batch; retrying');
          await wake.wait(delay);
        }
      }
    } finally {
      await unlisten();
      await leader`select pg_advisory_unlock(hashtext(${`relay:${schema}`}))`.catch(() => {});
      leader.release();
    }
  };

  return {
    async start() {
      if (running) return;
      producer = options.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: true,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await producer.connect();
      running = true;
      loop = run().catch((error) => log.error({ err: error }, 'outbox relay stopped unexpectedly'));
    },
    async stop() {
      running = false;
      wake.notify();
      await loop;
      await producer?.disconnect();
      producer = undefined;
    },
    backlog: () => reader.backlog(),
  };
}
export type OutboxRelay = ReturnType<typeof createOutboxRelay>;
