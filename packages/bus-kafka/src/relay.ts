import { outboxReader, type OutboxRow } from '@playbook/bus-postgres/outbox-reader';
import { relayLeadership, type RelayLease } from '@playbook/bus-postgres/relay-lease';
import { DEFAULT_RETENTION, type RetentionOptions } from '@playbook/bus-postgres/retention';
import type { Sql } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { outboxBacklog, outboxPublished } from '@playbook/telemetry/metrics';
import type { Kafka, Message, Producer } from 'kafkajs';
import { KeyHashPartitioner } from './partitioner.ts';
import { toKafkaMessage } from './relay-message.ts';
import type { Serde } from './serde.ts';
import { createWakeSignal, yieldToEventLoop } from './wake.ts';

export interface RelayOptions {
  sql: Sql;
  schema: string;
  kafka: Kafka;
  serde: Serde;
  log: Logger;
  service: string;
  /** Rows claimed, sent and marked at a time (one read, one produce request per topic, one update). */
  batchSize?: number;
  /** Polling fallback when no notification arrives. */
  pollMs?: number;
  /** Deleting published outbox rows and inbox rows past their window, run by the leader; false turns it off. */
  retention?: (RetentionOptions & { everyMs?: number }) | false;
  /** Test seam: runs after Kafka acknowledged a batch and before the rows are marked published. */
  afterSend?: (rows: OutboxRow[]) => void | Promise<void>;
}

/**
 * Publishes the outbox to Kafka in order (idempotent producer, acks=all), woken by LISTEN/NOTIFY.
 * One relay per schema holds an advisory lock, so several instances of a service never interleave
 * sends. A crash between send and mark re-sends the batch: duplicates on the wire, none in effect,
 * because consumers deduplicate by message id.
 */
/** Bytes of values (plus an allowance for key and headers) per produce request. */
const MAX_REQUEST_BYTES = 512 * 1024;
/** How often a relay working through a backlog counts it for the backlog gauge. */
const BACKLOG_READ_EVERY_MS = 1000;

export function createOutboxRelay(options: RelayOptions) {
  const { sql, schema, log, service } = options;
  const batchSize = options.batchSize ?? 2000;
  const pollMs = options.pollMs ?? 1000;
  const reader = outboxReader(sql, schema);
  const leadership = relayLeadership(sql, schema);
  const retention = options.retention === false ? undefined : { ...DEFAULT_RETENTION, ...options.retention };
  const retentionEveryMs = (options.retention || undefined)?.everyMs ?? 60_000;
  const wake = createWakeSignal();
  let producer: Producer | undefined;
  let running = false;
  let loop: Promise<void> | undefined;

  const sendBatch = async (lease: RelayLease, rows: OutboxRow[]) => {
    // Requests stay well under the broker's 1 MB record-batch limit however large the batch; they
    // go one after another (one request in flight), so the order per key holds across them. The
    // next request is encoded while the one before it waits for its acknowledgement.
    let request = new Map<string, Message[]>();
    let bytes = 0;
    let inFlight: Promise<void> = Promise.resolve();
    const flush = async () => {
      if (bytes === 0) return;
      const sending = request;
      request = new Map();
      bytes = 0;
      await inFlight;
      inFlight = producer!
        .sendBatch({ acks: -1, topicMessages: [...sending].map(([topic, messages]) => ({ topic, messages })) })
        .then(() => {
          for (const [topic, messages] of sending) outboxPublished.inc({ service, topic }, messages.length);
        });
      inFlight.catch(() => {}); // awaited before the next request and after the last
    };
    for (const [i, row] of rows.entries()) {
      // Encoding a large batch is CPU work: let the service's requests and consumers in between.
      if (i % 100 === 99) await yieldToEventLoop();
      const message = await toKafkaMessage(row, options.serde);
      const size = (message.value as Buffer).length + 512;
      if (bytes + size > MAX_REQUEST_BYTES) await flush();
      const messages = request.get(row.topic) ?? [];
      if (messages.length === 0) request.set(row.topic, messages);
      messages.push(message);
      bytes += size;
    }
    await flush();
    await inFlight;
    await options.afterSend?.(rows);
    // Not awaited here: the lease's connection runs the next read after this update, so the read
    // never sees these rows again, and the loop takes the update's result before it sends more.
    const marked = lease.markPublished(rows.map((r) => r.seq));
    marked.catch(() => {}); // observed by the loop; never an unhandled rejection meanwhile
    return { marked };
  };

  const holdLeadership = async () => {
    while (running) {
      const lease = await leadership.tryAcquire().catch((error: unknown) => {
        log.warn({ err: error }, 'outbox relay could not try for leadership; trying again');
        return undefined;
      });
      if (lease) return lease;
      await wake.wait(pollMs * 5);
    }
    return undefined;
  };

  let retentionDueAt = 0;
  const applyRetention = async (lease: RelayLease) => {
    if (!retention || Date.now() < retentionDueAt) return;
    retentionDueAt = Date.now() + retentionEveryMs;
    const deleted = await lease.deleteExpired(retention);
    if (deleted.outbox + deleted.inbox > 0) log.info({ deleted }, 'retention deleted expired outbox and inbox rows');
  };

  /** Sends while leader, until stopped; throws when a batch fails (the caller gives up the lease and backs off). */
  const lead = async (lease: RelayLease): Promise<void> => {
    // Not awaited: notifications only wake the relay sooner than its poll. postgres.js re-listens on
    // a connection of its own after the server went away, and a LISTEN issued then can wait a long
    // time; a relay waiting on it here relays nothing (seen after a PostgreSQL restart in chaos).
    let listened = false;
    const listening = reader.listen(() => wake.notify());
    listening.then(
      () => (listened = true),
      (error: unknown) => log.warn({ err: error }, 'outbox relay could not listen; polling only'),
    );
    let marking: Promise<void> | undefined;
    let prefetched: Promise<OutboxRow[]> | undefined;
    let backlogReadAt = 0;
    try {
      while (running) {
        const rows = await (prefetched ?? lease.unpublished(batchSize));
        prefetched = undefined;
        await marking; // the previous batch's mark, which ran before this read: a failure stops here
        marking = undefined;
        if (rows.length < batchSize) outboxBacklog.set({ service }, rows.length);
        else if (Date.now() - backlogReadAt >= BACKLOG_READ_EVERY_MS) {
          backlogReadAt = Date.now(); // counting a large backlog costs a scan: not for every batch
          outboxBacklog.set({ service }, await reader.backlog());
        }
        await applyRetention(lease); // at most once per retentionEveryMs, bounded
        if (rows.length === 0) {
          await wake.wait(pollMs);
          continue;
        }
        if (rows.length === batchSize) {
          // More is waiting: read the next batch while this one is sent. It leaves these rows out
          // (not marked yet); every earlier batch's mark went to the connection before this read.
          prefetched = lease.unpublished(
            batchSize,
            rows.map((r) => r.seq),
          );
          prefetched.catch(() => {}); // taken by the next round, or dropped when this one fails
        }
        marking = (await sendBatch(lease, rows)).marked;
        if (!prefetched && listened) {
          // The batch was all there was: every row committed before the read was in it, and a
          // commit after it notifies (the wake signal remembers one that came while sending). So
          // wait for that instead of reading again, which at low load found nothing: one statement
          // less per batch (not a round trip: that read went out in one write with the mark).
          // A notification missed while postgres.js re-listens after a lost connection costs at
          // most pollMs, as it does when the relay is idle.
          await marking;
          marking = undefined;
          await wake.wait(pollMs);
        }
      }
      await marking;
    } finally {
      await marking?.catch(() => {});
      await prefetched?.catch(() => {});
      void listening.then((unlisten) => unlisten()).catch(() => {}); // whenever LISTEN answered
    }
  };

  const run = async () => {
    let failures = 0;
    while (running) {
      const lease = await holdLeadership();
      if (!lease) return;
      try {
        await lead(lease);
        failures = 0;
      } catch (error) {
        // Give up the lease (its session may be gone) and back off (0.5 s doubling to 30 s), so a
        // missing schema or a broker outage is logged, not flooded; the next leader resumes in order.
        failures++;
        const delay = Math.min(500 * 2 ** (failures - 1), 30_000);
        log.error({ err: error, failures, retryInMs: delay }, 'outbox relay failed to publish a batch; retrying');
        await lease.release();
        await wake.wait(delay);
        continue;
      }
      await lease.release();
    }
  };

  return {
    async start() {
      if (running) return;
      producer = options.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: true,
        createPartitioner: KeyHashPartitioner,
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
