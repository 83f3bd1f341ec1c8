import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../vitest.shared.ts';

/**
 * Fault tests: they stop a broker, so they need `npm run infra -- up --brokers 3` and run only when
 * asked (`npm run test:fault --workspace @playbook/tests`), never in `npm test`.
 */
export default mergeConfig(shared, defineConfig({ test: { include: ['fault/**/*.test.ts'] } }));
