import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * One registry per process; every metric carries a `service` label so a modulith process
 * hosting several modules still tells them apart. Each module serves only its own series
 * ({@link moduleMetrics}), so a sum over all scrape targets counts every event once.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry, prefix: 'playbook_process_' });

export const httpRequestDuration = new Histogram({
  name: 'playbook_http_request_duration_seconds',
  help: 'HTTP request latency by route and status',
  labelNames: ['service', 'method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const outboxBacklog = new Gauge({
  name: 'playbook_outbox_backlog',
  help: 'Outbox rows not yet published',
  labelNames: ['service'] as const,
  registers: [metricsRegistry],
});

export const outboxPublished = new Counter({
  name: 'playbook_outbox_published_total',
  help: 'Outbox rows published to Kafka',
  labelNames: ['service', 'topic'] as const,
  registers: [metricsRegistry],
});

export const consumerMessages = new Counter({
  name: 'playbook_consumer_messages_total',
  help: 'Messages seen by a consumer, by outcome (handled, duplicate, ignored, dead_lettered)',
  labelNames: ['service', 'consumer', 'outcome'] as const,
  registers: [metricsRegistry],
});

export const consumerHandlerSeconds = new Histogram({
  name: 'playbook_consumer_handler_seconds',
  help: 'Time a handler took, including its transaction',
  labelNames: ['service', 'consumer', 'type'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
  registers: [metricsRegistry],
});

export const consumerDeadLettered = new Counter({
  name: 'playbook_consumer_dead_lettered_total',
  help: 'Messages sent to a dead-letter topic after the retries',
  labelNames: ['service', 'consumer', 'topic'] as const,
  registers: [metricsRegistry],
});

export const consumerLag = new Gauge({
  name: 'playbook_consumer_lag',
  help: 'Messages not yet committed by the consumer group: high watermark minus committed offset, per partition',
  labelNames: ['service', 'consumer', 'topic', 'partition'] as const,
  registers: [metricsRegistry],
});

export const deadLetterDepth = new Gauge({
  name: 'playbook_dead_letter_depth',
  help: 'Messages held in a dead-letter topic of the consumer group',
  labelNames: ['service', 'consumer', 'topic'] as const,
  registers: [metricsRegistry],
});

export const reactionDelay = new Histogram({
  name: 'playbook_reaction_delay_seconds',
  help: 'From an event occurring to a consumer reacting to it: the wait at each step of a flow, by event type',
  labelNames: ['service', 'consumer', 'type'] as const,
  buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
  registers: [metricsRegistry],
});
