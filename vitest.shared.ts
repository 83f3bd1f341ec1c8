import { defineConfig } from 'vitest/config';

/**
 * What every package's integration tests share: they run against the real broker, registry and
 * database, so waits are bounded generously (bounds, never performance assertions), and one file
 * runs at a time in a package (the machine has two cores and one broker).
 */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    env: { KAFKAJS_NO_PARTITIONER_WARNING: '1' },
  },
});
