import { setTimeout as sleep } from 'node:timers/promises';
import { errorMessage, withTimeout } from './cleanup.ts';

export interface PendingItem {
  amountMinor: number;
  requestedAt: string;
  subjectId: string;
}

export interface PendingPollerOptions {
  /** GET /approvals/pending of the approvals service. */
  url: string;
  /** The approver's bearer token. */
  token: string;
  /** Start to start. */
  pollMs: number;
  /** Bounds each page request; stopping waits at most this + 5 s. */
  requestTimeoutMs: number;
  /** Every item of every page read, with the time its page arrived. */
  onItem(item: PendingItem, readAt: number): void;
  /** Whether something sent more than `ms` ago is still unseen (then a full scan runs, once a second at most). */
  unseenOlderThan(ms: number): boolean;
}

const PAGE_LIMIT = 200;
/** Requests older than this (their requested_at) are taken as committed: later polls start after them. */
const SETTLE_MS = 10_000;

/**
 * One reader of the approver's pending queue, every `pollMs` (start to start). Keyset pages of
 * PAGE_LIMIT; a later poll starts after the last page whose newest request is older than
 * SETTLE_MS (those are committed and already seen), so a poll costs about one page however long
 * the queue grows. While something sent long ago is still unseen, a full scan runs once a second.
 */
export class PendingPoller {
  polls = 0;
  readonly durations: number[] = [];
  failure: Error | undefined;
  private startCursor: string | undefined;
  private lastFullScan = 0;
  private readonly options: PendingPollerOptions;

  constructor(options: PendingPollerOptions) {
    this.options = options;
  }

  /** Starts polling; the returned function stops it (bounded) and may be called more than once. */
  start(): () => Promise<void> {
    let stopping = false;
    const loop = (async () => {
      while (!stopping) {
        const started = Date.now();
        try {
          const full = this.options.unseenOlderThan(SETTLE_MS) && started - this.lastFullScan > 1000;
          if (full) this.lastFullScan = started;
          await this.poll(full);
        } catch (error) {
          this.failure = new Error(`reading GET /approvals/pending failed: ${errorMessage(error)}`);
          return;
        }
        this.durations.push(Date.now() - started);
        this.polls++;
        const wait = started + this.options.pollMs - Date.now();
        if (wait > 0) await sleep(wait);
      }
    })();
    return async () => {
      stopping = true;
      await withTimeout(loop, this.options.requestTimeoutMs + 5000, 'the approvals poller stopping');
    };
  }

  private async poll(full: boolean): Promise<void> {
    const { url, token, requestTimeoutMs, onItem } = this.options;
    const horizon = Date.now() - SETTLE_MS;
    let cursor = full ? undefined : this.startCursor;
    for (let page = 0; page < 1000; page++) {
      const response = await fetch(
        `${url}?limit=${PAGE_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        {
          headers: { authorization: `Bearer ${token}` },
          signal: AbortSignal.timeout(requestTimeoutMs),
        },
      );
      const text = await response.text();
      const at = Date.now();
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
      const body = JSON.parse(text) as { items: PendingItem[]; nextCursor: string | null };
      for (const item of body.items) onItem(item, at);
      const last = body.items.at(-1);
      if (!body.nextCursor || !last) return;
      if (Date.parse(last.requestedAt) < horizon) this.startCursor = body.nextCursor;
      cursor = body.nextCursor;
    }
  }
}
