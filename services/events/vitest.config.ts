import { defineConfig } from 'vitest/config';

// Integration tests against the real broker, registry and database: generous bounds on waiting.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 90_000,
    env: { KAFKAJS_NO_PARTITIONER_WARNING: '1' },
  },
});
