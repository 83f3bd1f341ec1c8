export interface EventuallyOptions {
  /** Give up after this long; a bound on waiting, not a performance assertion. Default 15 s. */
  timeoutMs?: number;
  /** Pause between attempts. Default 50 ms. */
  intervalMs?: number;
}

/**
 * Retries `fn` until it stops throwing (an `expect` inside it passing) and resolves with its
 * result. On timeout it rejects with the last failure, so the test shows the real mismatch.
 */
export async function eventually<T>(fn: () => T | Promise<T>, options: EventuallyOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() >= deadline) {
        if (error instanceof Error)
          error.message = `eventually: still failing after ${timeoutMs} ms (${attempt} attempts): ${error.message}`;
        throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
