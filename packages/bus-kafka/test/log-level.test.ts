import { logLevel } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { kafkaLogLevel } from '../src/log-level.ts';

const at = (level: logLevel, message: string, extra: Record<string, unknown> = {}) =>
  kafkaLogLevel({ level, log: { message, timestamp: '', logger: 'kafkajs', ...extra } });

describe('the level of a kafkajs log line', () => {
  it('turns transient, retried failures of a normal start into debug or warn', () => {
    expect(
      at(logLevel.ERROR, 'Response GroupCoordinator(key: 10, version: 2)', {
        error: 'The group coordinator is not available',
      }),
    ).toBe('debug');
    expect(
      at(logLevel.ERROR, 'Response Heartbeat(key: 12, version: 3)', {
        error: 'The group is rebalancing, so a rejoin is needed',
      }),
    ).toBe('debug');
    expect(at(logLevel.ERROR, 'Restarting the consumer in 300ms', { retryCount: 1 })).toBe('warn');
    expect(at(logLevel.ERROR, 'Connection error: connect ECONNREFUSED 127.0.0.1:29092')).toBe('warn');
    expect(
      at(logLevel.ERROR, 'Crash: KafkaJSProtocolError: This server is not the leader for that topic-partition'),
    ).toBe('warn');
    expect(at(logLevel.WARN, 'Limiting retries for the idempotent producer to Number.MAX_SAFE_INTEGER')).toBe('debug');
  });

  it('keeps real errors at error', () => {
    expect(
      at(logLevel.ERROR, 'Response SaslAuthenticate(key: 36, version: 1)', { error: 'Authentication failed' }),
    ).toBe('error');
    expect(at(logLevel.ERROR, 'Crash: KafkaJSNonRetriableError: Topic authorization failed')).toBe('error');
    expect(at(logLevel.WARN, 'something odd')).toBe('warn');
  });
});
