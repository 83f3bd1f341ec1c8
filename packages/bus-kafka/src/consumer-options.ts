import type { Subscription, UnitOfWork } from '@playbook/bus/handler';
import type { Logger } from '@playbook/telemetry/logger';
import type { Kafka } from 'kafkajs';
import type { Serde } from './serde.ts';

export interface BusConsumerOptions<Tx> {
  kafka: Kafka;
  serde: Serde;
  uow: UnitOfWork<Tx>;
  /** The consumer group, usually the service name; also names the dead-letter topics. */
  group: string;
  topics: string[];
  subscriptions: Subscription<Tx>[];
  log: Logger;
  service: string;
  maxAttempts?: number;
  retryBaseMs?: number;
  partitionsConsumedConcurrently?: number;
  /** Most messages of a partition handled in one transaction (default 500); a fetch is never waited on to fill it. */
  maxBatchSize?: number;
  /** How long the group waits for a silent member (a crashed process) before rebalancing; kafkajs default 30 s. */
  sessionTimeout?: number;
  /** Longest a fetch waits for new messages (kafkajs default 5 s); stop() waits for the fetch in flight. */
  maxWaitTimeInMs?: number;
  /** How long start() keeps starting a member while the broker refuses one (default 60 s), then throws. */
  startTimeoutMs?: number;
  /** A partition's batch still running after this long is logged at warn, and again each time as long again (default 30 s). */
  stuckBatchWarnMs?: number;
}

/** The member's heartbeat interval: a tenth of its session timeout when one is set, else kafkajs' default 3 s. */
export const heartbeatIntervalOf = (options: Pick<BusConsumerOptions<unknown>, 'sessionTimeout'>): number =>
  options.sessionTimeout ? Math.max(100, Math.floor(options.sessionTimeout / 10)) : 3000;
