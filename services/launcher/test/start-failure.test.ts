import { createLogger } from '@playbook/telemetry/logger';
import { freePorts } from '@playbook/testing/ports';
import { expect, it } from 'vitest';
import { startProcesses } from '../src/processes.ts';

/**
 * A module that dies while starting fails the launch with its own last words, not only an exit code:
 * in a test run the failure line is often all there is to read. Its environment is refused, so it
 * exits before touching any infrastructure.
 */
it('names why a module died while starting', async () => {
  const [port] = await freePorts(1);
  const lines: string[] = [];
  const start = startProcesses(
    { ...process.env, AUTH_JWT_SECRET: 'test-only-secret-of-at-least-32-characters!', KAFKA_BROKERS: '' },
    {
      only: ['activity'],
      ports: { activity: port },
      quiet: true,
      log: createLogger('launcher-test', 'info', { write: (line: string) => void lines.push(line) }),
      supervision: { backoffMs: 60_000, maxBackoffMs: 60_000, maxCrashes: 0, windowMs: 60_000 },
    },
  );
  const error = await start.then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error?.message).toMatch(/^activity exited with code 1 while starting: .*KAFKA_BROKERS/);
  expect(error?.message).not.toMatch(/\s+at /);
}, 60_000);
