import type { ChildProcess } from 'node:child_process';
import type { Logger } from '@playbook/telemetry/logger';

export type ChildState = 'running' | 'restarting' | 'failed' | 'stopped';
export interface ChildStatus {
  name: string;
  state: ChildState;
  pid: number | undefined;
  restarts: number;
  lastExit: { code: number | null; signal: string | null; at: string; cause: string } | undefined;
}

export interface SupervisionPolicy {
  /** First restart delay; doubles per crash in a row, up to maxBackoffMs. */
  backoffMs: number;
  maxBackoffMs: number;
  /** Give up after this many crashes within windowMs (a child that stays up a window starts afresh). */
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_POLICY: SupervisionPolicy = {
  backoffMs: 500,
  maxBackoffMs: 15_000,
  maxCrashes: 5,
  windowMs: 60_000,
};

/**
 * Keeps one module's process alive: when it dies other than by our stop(), logs the death with its
 * cause (signal or exit code, and the last lines it wrote to stderr), restarts it after a growing
 * backoff, and waits until it answers /readyz again (one still not ready when `untilReady` gives up
 * is killed, and restarted as after a crash). After `maxCrashes` within `windowMs` it gives up loudly
 * and the child stays `failed` — the launcher's readiness says so.
 */
export function supervise(
  name: string,
  start: () => ChildProcess,
  untilReady: (child: ChildProcess) => Promise<void>,
  log: Logger,
  policy: SupervisionPolicy = DEFAULT_POLICY,
) {
  const status: ChildStatus = { name, state: 'running', pid: undefined, restarts: 0, lastExit: undefined };
  let child: ChildProcess;
  let crashes: number[] = [];
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;
  const stderrTail: string[] = [];

  const adopt = (next: ChildProcess) => {
    child = next;
    status.pid = next.pid;
    stderrTail.length = 0;
    next.stderr?.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderrTail.push(...telling(chunk.toString()));
      stderrTail.splice(0, Math.max(0, stderrTail.length - 12));
    });
    next.once('exit', (code, signal) => void died(code, signal));
  };

  async function died(code: number | null, signal: NodeJS.Signals | null) {
    if (stopping) return;
    const cause = signal ? `killed by ${signal}` : `exited with code ${code}`;
    status.lastExit = { code, signal, at: new Date().toISOString(), cause: [cause, ...stderrTail].join(' | ') };
    const now = Date.now();
    crashes = [...crashes.filter((at) => now - at < policy.windowMs), now];
    if (crashes.length > policy.maxCrashes) {
      status.state = 'failed';
      log.fatal(
        { module: name, cause, crashes: crashes.length, windowMs: policy.windowMs, lastOutput: stderrTail },
        `GAVE UP on ${name}: it crashed ${crashes.length} times within ${policy.windowMs / 1000} s; it stays down until the launcher is restarted`,
      );
      return;
    }
    const delay = Math.min(policy.backoffMs * 2 ** (crashes.length - 1), policy.maxBackoffMs);
    status.state = 'restarting';
    log.error(
      { module: name, cause, lastOutput: stderrTail, restartInMs: delay },
      `${name} died (${cause}); restarting`,
    );
    timer = setTimeout(async () => {
      if (stopping) return;
      status.restarts++;
      const started = start();
      adopt(started);
      try {
        await untilReady(started);
        if (!stopping && status.state === 'restarting') {
          status.state = 'running';
          log.info({ module: name, restarts: status.restarts, pid: started.pid }, `${name} is back`);
        }
      } catch (error) {
        // Died again while starting: its exit handler has taken over. Alive but not ready in time: a
        // hung start no exit would ever report (it stayed `restarting` for good) — killed, so its exit
        // restarts it and counts as a crash.
        if (!stopping && started.exitCode === null && started.signalCode === null) {
          log.error(
            { module: name, pid: started.pid, reason: (error as Error).message },
            `${name} hung while starting; killing it`,
          );
          started.kill('SIGKILL');
        }
      }
    }, delay);
  }

  return {
    status: (): ChildStatus => ({ ...status }),
    child: () => child,
    /** The last lines the current child wrote to stderr: why it died, when it did. */
    lastOutput: (): string[] => [...stderrTail],
    /** Takes over a child already started and ready. */
    adopt,
    async stop(): Promise<void> {
      stopping = true;
      clearTimeout(timer);
      status.state = 'stopped';
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await new Promise<void>((resolve) => {
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
export type Supervised = ReturnType<typeof supervise>;

/** A chunk of stderr without its stack frames and Node's version footer: what is left names the error. */
function telling(chunk: string): string[] {
  return chunk.split('\n').filter((line) => line.trim() !== '' && !/^\s+at |^Node\.js v\d/.test(line));
}
