import { Kafka, logLevel, type LogEntry } from 'kafkajs';
import type { Logger } from '@playbook/telemetry/logger';

const LEVELS: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

/** A kafkajs client whose own logs go through our structured logger. */
export function createKafka(options: { clientId: string; brokers: string[]; log: Logger }): Kafka {
  return new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 100, retries: 8 },
    logCreator: () => (entry: LogEntry) => {
      const { message, ...rest } = entry.log;
      // We bound producer retries on purpose (a stop must not hang on a dead broker); the relay
      // re-sends and consumers deduplicate, so kafkajs' warning about it is noise at warn level.
      const level = message.startsWith('Limiting retries for the idempotent producer')
        ? 'debug'
        : (LEVELS[entry.level] ?? 'info');
      options.log[level]({ kafka: { namespace: entry.namespace, ...rest } }, message);
    },
  });
}
