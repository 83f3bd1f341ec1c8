import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from '@playbook/telemetry/logger';
import { kafkaLogLevel } from './log-level.ts';
import { stopIdleRequestQueueTimers } from './request-queue-timers.ts';

/** A kafkajs client whose own logs go through our structured logger (and without kafkajs' idle timers). */
export function createKafka(options: { clientId: string; brokers: string[]; log: Logger }): Kafka {
  stopIdleRequestQueueTimers();
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 8 },
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      options.log[kafkaLogLevel(entry)]({ kafka: { namespace: entry.namespace, ...rest } }, message);
    },
  });
}
