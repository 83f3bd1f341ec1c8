/**
 * Undo steps registered as resources are created, run last-in first-out, each bounded by a
 * timeout, so a failed or timed-out run still drops what it made. Running twice is harmless.
 */
export class Cleanup {
  private readonly steps: Array<{ label: string; run: () => Promise<unknown> }> = [];
  readonly failures: string[] = [];

  add(label: string, run: () => Promise<unknown>): void {
    this.steps.push({ label, run });
  }

  async runAll(timeoutMs = 10_000): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      try {
        await withTimeout(step.run(), timeoutMs, `cleanup "${step.label}"`);
      } catch (error) {
        this.failures.push(`${step.label}: ${errorMessage(error)}`);
      }
    }
  }
}

export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
