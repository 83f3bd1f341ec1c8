import { spawn } from 'node:child_process';
import { eventually } from '@playbook/testing/eventually';
import { createLogger } from '@playbook/telemetry/logger';
import { expect, it } from 'vitest';
import { supervise } from '../src/supervisor.ts';

/**
 * A restarted child that stays alive but never becomes ready (a start hung on a broker or database
 * coming back) must not stay `restarting` for good: it is killed and started again. Real child
 * processes that idle; only readiness is decided by the test.
 */
it('kills a restarted child that does not become ready in time, and starts it again', async () => {
  const lines: string[] = [];
  const log = createLogger('supervisor-test', 'info', { write: (line: string) => void lines.push(line) });
  let starts = 0;
  const start = () => {
    starts++;
    return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  // The first restart hangs: its readiness wait gives up while the process lives on.
  const untilReady = async () => {
    if (starts === 2) throw new Error('idler did not become ready within 0 ms');
  };
  const supervised = supervise('idler', start, untilReady, log, {
    backoffMs: 10,
    maxBackoffMs: 10,
    maxCrashes: 5,
    windowMs: 60_000,
  });
  supervised.adopt(start());
  try {
    const first = supervised.status().pid!;
    process.kill(first, 'SIGKILL');
    await eventually(() => expect(supervised.status()).toMatchObject({ state: 'running', restarts: 2 }), {
      timeoutMs: 20_000,
    });
    expect(supervised.status().lastExit).toMatchObject({ signal: 'SIGKILL' });
    expect(lines.join('')).toContain('idler hung while starting; killing it');
    expect(supervised.child().exitCode).toBe(null);
  } finally {
    await supervised.stop();
  }
}, 30_000);
