import type { Window } from '@playbook/connector-kit/window';
import type { IntegrationsClient, WindowInfo } from './integrations-client.ts';
import { windowKey } from './plan.ts';
import type { Snapshot } from './progress.ts';

export interface BackfillOptions {
  client: IntegrationsClient;
  system: string;
  /** The connector's first dataset when not given. */
  dataset?: string | undefined;
  windows: readonly Window[];
  /** Windows asked and not yet answered, at most. */
  parallel: number;
  pollMs: number;
  /** Ctrl-C: stop asking, report where it stands (what was asked is fetched all the same). */
  signal?: AbortSignal;
  onProgress?: (s: Snapshot) => void;
  now?: () => number;
}

export interface BackfillResult {
  dataset: string;
  snapshot: Snapshot;
  failed: { window: Window; error: string | null }[];
  interrupted: boolean;
}

type State = { window: Window; status: 'pending' | WindowInfo['status']; records: number; error: string | null };

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * Backfills a connector window by window through integrations. What integrations already knows of
 * the range is read first: fetched windows are skipped, windows asked by an interrupted run are
 * waited for, failed ones asked again. Then at most `parallel` windows are asked at a time and
 * their status polled until every window is fetched or failed. Asking for a window twice is
 * harmless (one request id per window, one SyncWindowRequested), so an interrupted run loses
 * nothing and a rerun doubles nothing.
 */
export async function backfill(o: BackfillOptions): Promise<BackfillResult> {
  const now = o.now ?? Date.now;
  const startedAt = now();
  const connector = await o.client.connector(o.system);
  if (connector.direction === 'out') throw new Error(`${connector.name} only sends out: there is nothing to backfill.`);
  if (!connector.enabled) throw new Error(`${connector.name} is not enabled: an admin enables it first.`);
  const dataset = o.dataset ?? connector.datasets[0]!;
  const states = new Map<string, State>(
    o.windows.map((w) => [windowKey(w), { window: w, status: 'pending', records: 0, error: null }]),
  );
  let recordsThisRun = 0;
  let doneThisRun = 0;
  const range = o.windows.length ? { from: o.windows[0]!.from, to: o.windows.at(-1)!.to } : undefined;

  const absorb = (found: WindowInfo[], initial: boolean) => {
    for (const info of found) {
      const state = states.get(windowKey({ from: Date.parse(info.from), to: Date.parse(info.to) }));
      if (!state || info.dataset !== dataset || state.status === info.status) continue;
      // A window that failed before this run is asked again (its next attempt), not counted failed.
      if (initial && info.status === 'failed') continue;
      if (state.status === 'pending' && !initial) continue; // not asked by this run yet
      state.status = info.status;
      state.error = info.error;
      if (info.status === 'fetched') {
        state.records = info.fetched ?? 0;
        if (!initial) {
          doneThisRun++;
          recordsThisRun += state.records;
        }
      }
    }
  };
  const snapshot = (): Snapshot => {
    const all = [...states.values()];
    const fetched = all.filter((s) => s.status === 'fetched');
    return {
      total: all.length,
      done: fetched.length,
      failed: all.filter((s) => s.status === 'failed').length,
      inFlight: all.filter((s) => s.status === 'requested').length,
      records: fetched.reduce((n, s) => n + s.records, 0),
      recordsThisRun,
      doneThisRun,
      elapsedMs: now() - startedAt,
    };
  };

  if (range) absorb(await o.client.windows(o.system, dataset, range), true);
  o.onProgress?.(snapshot());
  const pending = () => [...states.values()].filter((s) => s.status === 'pending');
  while (!o.signal?.aborted) {
    const inFlight = [...states.values()].filter((s) => s.status === 'requested').length;
    for (const state of pending().slice(0, Math.max(0, o.parallel - inFlight))) {
      if (o.signal?.aborted) break;
      const answer = await o.client.ask(o.system, dataset, state.window);
      state.status = 'requested';
      absorb([answer], false);
    }
    const s = snapshot();
    o.onProgress?.(s);
    if (s.done + s.failed === s.total) break;
    await sleep(o.pollMs, o.signal);
    if (o.signal?.aborted || !range) break;
    absorb(await o.client.windows(o.system, dataset, range), false);
    // Told before asking for more, so a Ctrl-C here asks for nothing further.
    o.onProgress?.(snapshot());
  }
  const final = snapshot();
  o.onProgress?.(final);
  return {
    dataset,
    snapshot: final,
    failed: [...states.values()]
      .filter((s) => s.status === 'failed')
      .map((s) => ({ window: s.window, error: s.error })),
    interrupted: final.done + final.failed < final.total,
  };
}
