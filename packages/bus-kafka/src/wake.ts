export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Lets pending I/O callbacks run before going on with a long stretch of CPU work. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A wait that ends early when notified; a notify with no waiter is remembered once. */
export function createWakeSignal() {
  let pending = false;
  let resolveWaiter: (() => void) | undefined;
  return {
    notify() {
      if (resolveWaiter) resolveWaiter();
      else pending = true;
    },
    async wait(timeoutMs: number) {
      if (pending) {
        pending = false;
        return;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutMs);
        function done() {
          clearTimeout(timer);
          resolveWaiter = undefined;
          resolve();
        }
        resolveWaiter = done;
      });
    },
  };
}
