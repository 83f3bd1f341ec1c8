import { dropModuleSchema, removeNamespace } from '@playbook/testing/cleanup';
import { eventually } from '@playbook/testing/eventually';
import { freshNamespace } from '@playbook/testing/infra';
import { freePorts } from '@playbook/testing/ports';
import { createLogger } from '@playbook/telemetry/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ProcessGroup, startProcesses } from '../src/processes.ts';

/**
 * The launcher supervises its children in processes mode: a module killed with SIGKILL is logged
 * with its cause, restarted with backoff and serves again; one that keeps dying is given up on,
 * loudly, and the launcher's readiness says so. A real module (activity) on the real infrastructure.
 */
let namespace: string;
let group: ProcessGroup;
const schema = () => `activity_${namespace.replaceAll('-', '_')}`;
const lines: string[] = [];
const log = createLogger('launcher-test', 'info', { write: (line: string) => void lines.push(line) });

beforeAll(async () => {
  namespace = await freshNamespace('supervise');
  const [port] = await freePorts(1);
  group = await startProcesses(
    {
      ...process.env,
      AUTH_JWT_SECRET: 'test-only-secret-of-at-least-32-characters!',
      BUS_NAMESPACE: namespace,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
    },
    {
      only: ['activity'],
      ports: { activity: port },
      envFor: () => ({ DB_SCHEMA: schema() }),
      quiet: true,
      log,
      supervision: { backoffMs: 200, maxBackoffMs: 400, maxCrashes: 2, windowMs: 120_000 },
    },
  );
}, 90_000);
afterAll(async () => {
  await group?.stop();
  await dropModuleSchema(schema());
  // A SIGKILLed consumer stays a member of its group until its session times out.
  await removeNamespace(namespace, { membersLeavingMs: 90_000 });
}, 120_000);

const killActivity = () => process.kill(group.pid('activity')!, 'SIGKILL');
const answers = () =>
  fetch(`${group.url('activity')}/readyz`).then(
    (r) => r.ok,
    () => false,
  );

describe('supervised module processes', () => {
  it('logs a SIGKILLed module’s death with its cause, restarts it, and is not ready until it is back', async () => {
    const first = group.pid('activity');
    expect(group.ready()).toBe(true);
    killActivity();
    await eventually(() => expect(group.status()[0]!.state).toBe('restarting'), { timeoutMs: 5_000 });
    expect(group.ready()).toBe(false);
    await eventually(() => expect(group.status()[0]!.state).toBe('running'), { timeoutMs: 60_000, intervalMs: 200 });
    expect(group.pid('activity')).not.toBe(first);
    expect(await answers()).toBe(true);
    expect(group.status()[0]).toMatchObject({ restarts: 1, lastExit: { signal: 'SIGKILL' } });
    expect(lines.join('')).toContain('activity died (killed by SIGKILL); restarting');
  }, 90_000);

  it('gives up loudly after repeated crashes, and readiness stays false', async () => {
    killActivity();
    await eventually(() => expect(group.status()[0]!.state).toBe('restarting'), { timeoutMs: 5_000 });
    await eventually(() => expect(group.status()[0]!.state).toBe('running'), { timeoutMs: 60_000, intervalMs: 200 });
    killActivity();
    await eventually(() => expect(group.status()[0]!.state).toBe('failed'), { timeoutMs: 10_000 });
    expect(group.ready()).toBe(false);
    expect(lines.join('')).toContain('GAVE UP on activity: it crashed 3 times');
    expect(await answers()).toBe(false);
  }, 90_000);
});
