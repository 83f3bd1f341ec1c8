import { createRequire } from 'node:module';
import { logLevel, type LogEntry } from 'kafkajs';

export type Level = 'error' | 'warn' | 'info' | 'debug';

const LEVELS: Record<number, Level> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

// kafkajs' own table of broker error codes says which it retries (coordinator moving, leader
// elections, rebalances); it is not part of its public API, so an absent table only means no downgrade.
const retriable: Set<string> = (() => {
  try {
    const table = createRequire(import.meta.url)('kafkajs/src/protocol/error.js') as {
      errorCodes: { type: string; message: string; retriable: boolean }[];
    };
    // Plus the group-membership answers kafkajs meets by rejoining (flagged not retriable in the table).
    const rejoin = new Set(['REBALANCE_IN_PROGRESS', 'UNKNOWN_MEMBER_ID', 'ILLEGAL_GENERATION']);
    return new Set(table.errorCodes.filter((e) => e.retriable || rejoin.has(e.type)).map((e) => e.message));
  } catch {
    return new Set<string>();
  }
})();

/** Things kafkajs logs at error level while it is about to try again by itself. */
const RECOVERING = [
  /^Restarting the consumer in \d+ms/,
  /^The coordinator is not aware of this member, re-joining the group/,
  /^Connection error: /,
  /^Connection timeout/,
  /^Failed to connect to seed broker, trying another broker/,
];

/**
 * The level a kafkajs log line deserves in our logs. Transient, retried failures (a coordinator
 * not available yet during a normal start, a rebalance, a broker connection being retried) are
 * warnings — or debug for broker responses kafkajs retries quietly; the error that remains once
 * kafkajs gives up reaches our code as an exception and is logged there. Everything else keeps its level.
 */
export function kafkaLogLevel(entry: Pick<LogEntry, 'level' | 'log'>): Level {
  const { message, error } = entry.log as { message: string; error?: unknown };
  // We bound producer retries on purpose (a stop must not hang on a dead broker); the relay
  // re-sends and consumers deduplicate, so kafkajs' warning about it is noise at warn level.
  if (message.startsWith('Limiting retries for the idempotent producer')) return 'debug';
  const level = LEVELS[entry.level] ?? 'info';
  if (level !== 'error') return level;
  if (message.startsWith('Response ') && typeof error === 'string' && retriable.has(error)) return 'debug';
  if (message.startsWith('Crash: ') && [...retriable].some((m) => message.endsWith(m))) return 'warn';
  if (RECOVERING.some((pattern) => pattern.test(message))) return 'warn';
  return level;
}
