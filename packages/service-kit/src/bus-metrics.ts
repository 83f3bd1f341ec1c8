import { deadLetterTopic } from '@playbook/bus-kafka/headers';
import { outboxReader } from '@playbook/bus-postgres/outbox-reader';
import type { Sql } from '@playbook/db/client';
import type { Logger } from '@playbook/telemetry/logger';
import { consumerLag, deadLetterDepth, outboxBacklog } from '@playbook/telemetry/metrics';
import type { Admin } from 'kafkajs';

export interface BusWatch {
  /** One reading now (also what the timer runs). */
  read(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the bus gauges current from the outside, every `intervalMs`, on every instance: consumer
 * lag as high watermark minus the group's committed offset (so it is right when the consumer is
 * idle, and grows when it is stuck), the depth of the group's dead-letter topics, and the outbox
 * backlog of this module's schema (the relay reports it only on the instance holding the lock).
 */
export function watchBus(options: {
  service: string;
  schema: string;
  admin: Admin;
  sql: Sql;
  log: Logger;
  group?: string;
  topics: string[];
  intervalMs?: number;
}): BusWatch {
  const { service, admin, group, topics, log } = options;
  const outbox = outboxReader(options.sql, options.schema);

  const readLag = async () => {
    if (!group || topics.length === 0) return;
    const committed = await admin.fetchOffsets({ groupId: group, topics });
    for (const { topic, partitions } of committed) {
      const ends = await admin.fetchTopicOffsets(topic);
      for (const end of ends) {
        const offset = Number(partitions.find((p) => p.partition === end.partition)?.offset ?? -1);
        const from = offset >= 0 ? offset : Number(end.low);
        const labels = { service, consumer: group, topic, partition: String(end.partition) };
        consumerLag.set(labels, Math.max(0, Number(end.high) - from));
      }
    }
  };

  const readDeadLetters = async () => {
    if (!group) return;
    const existing = new Set(await admin.listTopics());
    for (const topic of topics) {
      const dlq = deadLetterTopic(topic, group);
      const depth = existing.has(dlq)
        ? (await admin.fetchTopicOffsets(dlq)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0)
        : 0;
      deadLetterDepth.set({ service, consumer: group, topic: dlq }, depth);
    }
  };

  const read = async () => {
    const results = await Promise.allSettled([
      readLag(),
      readDeadLetters(),
      outbox.backlog().then((n) => outboxBacklog.set({ service }, n)),
    ]);
    for (const r of results) if (r.status === 'rejected') log.debug({ err: r.reason }, 'bus metrics: a reading failed');
  };

  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    running ??= read().finally(() => (running = undefined));
  }, options.intervalMs ?? 5000);
  timer.unref();
  void read();
  return { read, stop: () => clearInterval(timer) };
}
