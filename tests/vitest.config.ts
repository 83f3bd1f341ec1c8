import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({ test: { include: ['platform/**/*.test.ts', 'slice/**/*.test.ts', 'docs/**/*.test.ts'] } }),
);
