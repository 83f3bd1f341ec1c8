import type { Logger } from '@playbook/telemetry/logger';

/** Where a partition's batch is: what the log says if it takes too long. */
export interface BatchProgress {
  phase: 'decoding' | 'handling' | 'isolating' | 'committing';
  /** The subscription whose handler is running, and the message it handles. */
  consumer?: string;
  type?: string;
  messageId?: string;
  offset?: string;
}

/**
 * Watches one partition's batch: while it runs past `warnAfterMs`, logs at warn where it is, every
 * `warnAfterMs`. A consumer whose batch never ends handles nothing more and cannot stop; without
 * this it does so in silence.
 */
export function watchBatch(
  log: Logger,
  where: { group: string; topic: string; partition: number },
  progress: BatchProgress,
  warnAfterMs = 30_000,
) {
  const started = Date.now();
  const timer = setInterval(() => {
    log.warn({ ...where, ...progress, elapsedMs: Date.now() - started }, 'consumer batch still running');
  }, warnAfterMs);
  timer.unref();
  return () => clearInterval(timer);
}
