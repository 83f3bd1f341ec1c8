import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';

/**
 * Faults a sandbox can be told to inject, so tests and demos see the vendor misbehave the way it
 * does for real: a 429 with Retry-After every n-th call, or a run of failures at one page.
 */
export interface SandboxFaults {
  /** Every n-th API call answers 429 with `Retry-After: retryAfterSeconds`. */
  rateLimitEvery?: number;
  retryAfterSeconds?: number;
  /** The page (1-based) that fails with `failStatus`, `failTimes` times in a row. */
  failPage?: number;
  failTimes?: number;
  failStatus?: number;
}

/** Per-sandbox counters and the fault state; `calls` counts every API request. */
export function faultState(initial: SandboxFaults = {}) {
  const state = { faults: { ...initial }, calls: 0, rateLimited: 0, failedPages: 0 };
  return {
    state,
    set(faults: SandboxFaults) {
      state.faults = { ...faults };
    },
    /** Counts a call; true when this call must be rate-limited. */
    rateLimitNow(): boolean {
      state.calls++;
      const every = state.faults.rateLimitEvery;
      if (every && state.calls % every === 0) {
        state.rateLimited++;
        return true;
      }
      return false;
    },
    /** True when `page` must fail now. */
    failPageNow(page: number): boolean {
      const f = state.faults;
      if (f.failPage !== page || (f.failTimes ?? 0) <= 0) return false;
      f.failTimes = (f.failTimes ?? 0) - 1;
      state.failedPages++;
      return true;
    },
  };
}
export type FaultState = ReturnType<typeof faultState>;

export interface RunningSandbox {
  url: string;
  stop(): Promise<void>;
}

/** Serves a sandbox app on loopback (port 0 = any free port). */
export async function serveSandbox(app: Hono, port = 0, hostname = '127.0.0.1'): Promise<RunningSandbox> {
  let server: ServerType | undefined;
  const bound = await new Promise<number>((resolve, reject) => {
    server = serve({ fetch: app.fetch, hostname, port }, (info) => resolve(info.port));
    // A port already taken must fail the start, not leave it waiting forever.
    server.once('error', reject);
  });
  return {
    url: `http://${hostname}:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (!server) return resolve();
        server.close(() => resolve());
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}
