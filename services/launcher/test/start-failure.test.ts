import { createServer } from 'node:net';
import { dropModuleSchema, removeNamespace } from '@playbook/testing/cleanup';
import { eventually } from '@playbook/testing/eventually';
import { freshNamespace } from '@playbook/testing/infra';
import { freePorts } from '@playbook/testing/ports';
import { createLogger } from '@playbook/telemetry/logger';
import { expect, it } from 'vitest';
import { startProcesses } from '../src/processes.ts';

const SECRET = 'test-only-secret-of-at-least-32-characters!';
const collect = (lines: string[]) =>
  createLogger('launcher-test', 'info', { write: (line: string) => void lines.push(line) });

/**
 * A module that dies while starting fails the launch with its own last words, not only an exit code:
 * in a test run the failure line is often all there is to read. Its environment is refused, so it
 * exits before touching any infrastructure; the supervisor is told to give up at once.
 */
it('names why a module died while starting, once the supervisor gives up on it', async () => {
  const [port] = await freePorts(1);
  const error = await startProcesses(
    { ...process.env, AUTH_JWT_SECRET: SECRET, KAFKA_BROKERS: '' },
    {
      only: ['activity'],
      ports: { activity: port },
      quiet: true,
      log: collect([]),
      supervision: { backoffMs: 60_000, maxBackoffMs: 60_000, maxCrashes: 0, windowMs: 60_000 },
    },
  ).then(
    () => undefined,
    (e: Error) => e,
  );
  expect(error?.message).toMatch(/^activity exited with code 1 while starting: .*KAFKA_BROKERS/);
  expect(error?.message).not.toMatch(/\s+at /);
}, 60_000);

/**
 * The first start is supervised like a restart: its port held by another socket when it binds (an
 * outgoing connection can take a port between the moment it was found free and the module's bind),
 * the module dies, is restarted once the port is free, and the launch succeeds. Real infrastructure.
 */
it('restarts a module that died during the first start, and the launch succeeds', async () => {
  const namespace = await freshNamespace('first-start');
  const schema = `activity_${namespace.replaceAll('-', '_')}`;
  const [port] = await freePorts(1);
  // It hangs up on whoever connects (the launcher's readiness probe), so its close() need not wait for them.
  const squatter = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  const lines: string[] = [];
  const starting = startProcesses(
    { ...process.env, AUTH_JWT_SECRET: SECRET, BUS_NAMESPACE: namespace, LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    {
      only: ['activity'],
      ports: { activity: port },
      envFor: () => ({ DB_SCHEMA: schema }),
      quiet: true,
      log: collect(lines),
      supervision: { backoffMs: 200, maxBackoffMs: 400, maxCrashes: 3, windowMs: 120_000 },
    },
  );
  try {
    await eventually(() => expect(lines.join('')).toContain('activity died'), { timeoutMs: 60_000 });
    await new Promise<void>((resolve) => squatter.close(() => resolve()));
    const group = await starting;
    try {
      expect(group.status()).toMatchObject([{ name: 'activity', state: 'running', restarts: 1 }]);
      expect(lines.join('')).toContain('EADDRINUSE');
      expect((await fetch(`${group.url('activity')}/readyz`)).ok).toBe(true);
    } finally {
      await group.stop();
    }
  } finally {
    if (squatter.listening) squatter.close();
    await dropModuleSchema(schema);
    await removeNamespace(namespace, { membersLeavingMs: 60_000 });
  }
}, 150_000);
