import type { Worker, WorkerContext } from '@playbook/service-kit/service';
import type { Tx } from '@playbook/db/client';
import type { UnitOfWork } from '@playbook/bus/handler';
import { startMeter, type Meter } from './meter.ts';
import { claimSyncRequest, finishSyncRequest, retrySyncRequestLater, type SyncRequest } from './sync-requests.ts';

export interface SyncHandlers<F> {
  /** Fetches the whole window (every page) from the vendor, outside any transaction. */
  fetch(request: SyncRequest, meter: Meter): Promise<F>;
  /** Publishes what was fetched (publishWindow), in the transaction that marks the request done. */
  publish(uow: UnitOfWork<Tx>, tx: Tx, request: SyncRequest, fetched: F, meter: Meter): Promise<void>;
  /** Publishes the failure after the last attempt, in the transaction that marks the request failed. */
  publishFailure(uow: UnitOfWork<Tx>, tx: Tx, request: SyncRequest, reason: string): Promise<void>;
}

export interface SyncWorkerOptions {
  intervalMs?: number;
  /** Tries of one window before it is failed for good (default 3). */
  maxAttempts?: number;
  /** Lease of a claimed request, and the wait before a failed try is retried (default 30 s / 2 s). */
  leaseMs?: number;
  retryDelayMs?: number;
  /** Windows fetched at the same time (default 1); each claims its own request (skip locked). */
  concurrency?: number;
}

export interface SyncWorker extends Worker {
  /** Works through every due request now; resolves with how many it finished (done or failed). */
  drain(): Promise<number>;
}

/**
 * Fetches queued windows, `concurrency` at a time (default one): fetch outside a transaction,
 * publish and mark done in one.
 */
export function startSyncWorker<F>(
  ctx: WorkerContext,
  handlers: SyncHandlers<F>,
  o: SyncWorkerOptions = {},
): SyncWorker {
  const maxAttempts = o.maxAttempts ?? 3;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  async function one(): Promise<boolean> {
    const request = await claimSyncRequest(ctx.sql, o.leaseMs ?? 30_000);
    if (!request) return false;
    const meter = startMeter();
    try {
      const fetched = await handlers.fetch(request, meter);
      await ctx.sql.begin(async (tx) => {
        await handlers.publish(ctx.uow, tx, request, fetched, meter);
        await finishSyncRequest(tx, request.requestId, 'done');
      });
    } catch (error) {
      const reason = (error as Error).message;
      ctx.log.warn({ requestId: request.requestId, attempts: request.attempts, reason }, 'sync window failed');
      if (request.attempts >= maxAttempts) {
        await ctx.sql.begin(async (tx) => {
          await handlers.publishFailure(ctx.uow, tx, request, reason);
          await finishSyncRequest(tx, request.requestId, 'failed', reason);
        });
      } else {
        await retrySyncRequestLater(ctx.sql, request.requestId, o.retryDelayMs ?? 2_000, reason);
        return false;
      }
    }
    return true;
  }

  const drain = () => {
    const run = (async () => {
      await running.catch(() => 0);
      let finished = 0;
      const lane = async () => {
        while (!stopped && (await one())) finished++;
      };
      await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 1) }, lane));
      return finished;
    })();
    running = run.catch(() => 0);
    return run;
  };
  const tick = async () => {
    await drain().catch((error) => ctx.log.error({ err: error }, 'sync worker pass failed'));
    if (!stopped) timer = setTimeout(tick, o.intervalMs ?? 500);
  };
  timer = setTimeout(tick, o.intervalMs ?? 500);
  return {
    drain,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** What an inbound connector's definition takes: its environment, a part size and a hook to its sync worker. */
export interface InboundConnectorOptions {
  /** The environment read for the connector's settings (default process.env). */
  env?: Record<string, string | undefined>;
  /** Splits a window into parts over this many bytes (tests use a small one). */
  maxPartBytes?: number;
  /** Receives the running sync worker (tests drain it). */
  onWorker?: (worker: SyncWorker) => void;
}

/** A service definition's worker that runs the connector's sync worker and hands it to `onWorker`. */
export const syncWorkerOf =
  <F>(handlers: (ctx: WorkerContext) => SyncHandlers<F>, o: SyncWorkerOptions, onWorker?: (w: SyncWorker) => void) =>
  (ctx: WorkerContext): SyncWorker => {
    const worker = startSyncWorker(ctx, handlers(ctx), o);
    onWorker?.(worker);
    return worker;
  };
