import { describe, expect, it } from 'vitest';
import { EnvError, kitEnv, parseEnv } from '../src/env.ts';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  KAFKA_BROKERS: '127.0.0.1:9092, 127.0.0.1:9093',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081',
  AUTH_JWT_SECRET: 'x'.repeat(32),
};

describe('service env', () => {
  it('parses and defaults a valid environment', () => {
    const env = parseEnv(kitEnv, valid);
    expect(env.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '127.0.0.1:9093']);
    expect(env.PORT).toBe(0);
    expect(env.DB_PROVISION).toBe(true);
    expect(env.BUS_NAMESPACE).toBe('');
  });

  it('names every bad field at once', () => {
    try {
      parseEnv(kitEnv, { ...valid, DATABASE_URL: 'mysql://x', AUTH_JWT_SECRET: 'short', PORT: '99999' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      const fields = (error as EnvError).problems.map((p) => p.split(':')[0]);
      expect(fields.sort()).toEqual(['AUTH_JWT_SECRET', 'DATABASE_URL', 'PORT']);
    }
  });
});
