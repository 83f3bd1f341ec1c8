import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from '@playbook/telemetry/logger';
import { kafkaLogLevel } from './log-level.ts';

/** A kafkajs client whose own logs go through our structured logger. */
export function createKafka(options: { clientId: string; brokers: string[]; log: Logger }): Kafka {
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
