import { consumerLag, consumerMessages } from '@playbook/telemetry/metrics';
import type { EachBatchPayload, KafkaMessage, Producer } from 'kafkajs';
import { createBatchDispatcher, type Delivery } from './batch-dispatch.ts';
import { type BusConsumerOptions, heartbeatIntervalOf } from './consumer-options.ts';
import { ABORTED, createIsolator } from './isolate.ts';
import { type MessageSpan, startMessageSpan } from './message-span.ts';
import { type BatchProgress, watchBatch } from './stuck-batch.ts';
import { yieldToEventLoop } from './wake.ts';

/** How often a transaction's handling asks kafkajs whether a heartbeat is due (at most; see heartbeatCheckMs). */
const HEARTBEAT_CHECK_MS = 500;

/**
 * What a fetch brought for one partition, handled in order in one transaction per chunk of up to
 * `maxBatchSize`, offsets resolved after each commit. When a handler fails, the messages before
 * it commit as a batch, it is isolated (retried alone, then dead-lettered), and the rest goes on.
 */
export function createPartitionBatchHandler<Tx>(options: BusConsumerOptions<Tx>, dlqProducer: () => Producer) {
  const { group, service } = options;
  const maxBatch = Math.max(1, options.maxBatchSize ?? 500);
  const heartbeatCheckMs = Math.min(HEARTBEAT_CHECK_MS, heartbeatIntervalOf(options));
  const handleBatch = createBatchDispatcher(options);

  const decode = async (message: KafkaMessage, ms: MessageSpan) => {
    if (!message.value) throw new Error('message has no value');
    return options.serde.decode(message.value, ms.type);
  };
  const settle = (ms: MessageSpan, outcome: string, counted = true) => {
    if (counted) consumerMessages.inc({ service, consumer: group, outcome });
    ms.span.setAttribute('playbook.outcome', outcome);
    ms.span.end();
  };
  /** The chunk's outcomes counted with one increment per outcome, not one per message. */
  const countOutcomes = (outcomes: string[]) => {
    const counts = new Map<string, number>();
    for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
    for (const [outcome, n] of counts) consumerMessages.inc({ service, consumer: group, outcome }, n);
  };
  const isolate = createIsolator(options, { decode, settle, dlqProducer });

  /** Decodes the chunk up to its first undecodable message (which the next round isolates). */
  const decodePrefix = async (chunk: KafkaMessage[], spans: MessageSpan[]): Promise<Delivery[]> => {
    const deliveries: Delivery[] = [];
    for (const [i, message] of chunk.entries()) {
      // Decoding hundreds of messages is CPU work: let the service's requests and queries in between.
      if (i % 100 === 99) await yieldToEventLoop();
      try {
        deliveries.push({ envelope: await decode(message, spans[i]!), active: spans[i]!.active });
      } catch {
        break;
      }
    }
    return deliveries;
  };

  return async (payload: EachBatchPayload) => {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary } = payload;
    const { topic, partition } = batch;
    const spans = new Map<string, MessageSpan>();
    const spanOf = (m: KafkaMessage) => {
      const ms = spans.get(m.offset) ?? startMessageSpan(topic, group, m);
      spans.set(m.offset, ms);
      return ms;
    };
    let rest = batch.messages;
    let limit = maxBatch;
    const progress: BatchProgress = { phase: 'decoding' };
    // Called after every message of a transaction; kafkajs sends one only once per heartbeat
    // interval, but each call is an async round through it: asked at most every HEARTBEAT_CHECK_MS.
    // A failed heartbeat inside the transaction is not the batch's failure; the one after it reports it.
    let beatAt = Date.now();
    const beat = () => {
      if (Date.now() - beatAt < heartbeatCheckMs) return undefined;
      beatAt = Date.now();
      return heartbeat().catch(() => {});
    };
    const unwatch = watchBatch(options.log, { group, topic, partition }, progress, options.stuckBatchWarnMs);
    try {
      while (rest.length > 0 && isRunning() && !isStale()) {
        const chunk = rest.slice(0, limit);
        const chunkSpans = chunk.map(spanOf);
        Object.assign(progress, { phase: 'decoding', offset: chunk[0]!.offset, consumer: undefined, type: undefined });
        const deliveries = await decodePrefix(chunk, chunkSpans);
        let done = 0;
        if (deliveries.length > 0) {
          progress.phase = 'handling';
          const result = await handleBatch(deliveries, beat, progress);
          if (result.ok) {
            for (const [i, outcome] of result.outcomes.entries()) settle(chunkSpans[i]!, outcome, false);
            countOutcomes(result.outcomes);
            done = deliveries.length;
          } else if (result.failedAt > 0) {
            limit = result.failedAt; // commit the messages before the failing one, then isolate it
            continue;
          }
        }
        if (done === 0) {
          Object.assign(progress, { phase: 'isolating', offset: chunk[0]!.offset });
          const outcome = await isolate(chunk[0]!, chunkSpans[0]!, payload);
          if (outcome === ABORTED) break;
          done = 1;
        }
        for (const m of chunk.slice(0, done)) spans.delete(m.offset);
        const last = chunk[done - 1]!;
        resolveOffset(last.offset);
        consumerLag.set(
          { service, consumer: group, topic, partition: String(partition) },
          Math.max(0, Number(batch.highWatermark) - Number(last.offset) - 1),
        );
        await heartbeat();
        rest = rest.slice(done);
        limit = maxBatch;
      }
      for (const ms of spans.values()) settle(ms, 'aborted', false); // left unresolved: redelivered later
      progress.phase = 'committing';
      await commitOffsetsIfNecessary();
    } finally {
      unwatch();
    }
  };
}
