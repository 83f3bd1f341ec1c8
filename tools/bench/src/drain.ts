import { waitUntil } from './pacing.ts';
import type { Recorder } from './recorder.ts';

export interface DrainOptions {
  /** The run's deadline (epoch ms); no wait goes past it. */
  deadline: number;
  /** How long one phase may take to drain unless the call says otherwise. */
  maxMs: number;
  /** What is awaited, for the timeout message. */
  what(phase: string, expected: number): string;
  /** How far it got, for the timeout message. */
  progress(delivered: number, expected: number): string | Promise<string>;
  /** Throws to end the wait early, e.g. when the reader of deliveries failed. */
  check?(): void;
}

/**
 * `drained(phase, expected, maxMs?)`: waits until the recorder holds `expected` deliveries of the
 * phase, bounded by `maxMs` and the run's deadline.
 */
export function drainer(recorder: Recorder, options: DrainOptions) {
  return (phase: string, expected: number, maxMs = options.maxMs) =>
    waitUntil(
      () => {
        options.check?.();
        return recorder.phase(phase).count >= expected;
      },
      {
        deadline: Math.min(options.deadline, Date.now() + maxMs),
        what: options.what(phase, expected),
        progress: () => options.progress(recorder.phase(phase).count, expected),
      },
    );
}
