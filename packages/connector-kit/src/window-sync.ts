import type { EventPayloads, EventType } from '@playbook/bus/envelope';
import { CodedError } from '@playbook/errors/coded-error';
import { publishWindow, publishWindowFailure, type WindowPublishing, windowKey } from './batch.ts';
import type { Meter } from './meter.ts';
import type { SyncRequest } from './sync-requests.ts';
import type { SyncHandlers } from './sync-worker.ts';

/** What a window fetch brought: how many records the vendor returned (all pages) and those kept. */
export interface Fetched<R = unknown> {
  fetched: number;
  records: R[];
}

/** The fields every `…Fetched` part carries besides its records; windowSync fills them in. */
type WindowHead = {
  dataset: string;
  windowFrom: number;
  windowTo: number;
  part: number;
  parts: number;
  requestId: string;
};
type FailedPayload = {
  dataset: string;
  windowFrom: number;
  windowTo: number;
  requestId: string;
  reason: string;
  attempts: number;
};
/** The event types whose payload is a window failure (`<System>WindowFailed`). */
type FailedType = { [K in EventType]: EventPayloads[K] extends FailedPayload ? K : never }[EventType];

export interface WindowSyncOptions<T extends EventType, U extends FailedType, F extends Fetched> {
  system: string;
  /** The vendor's name, for the connector actor. */
  displayName: string;
  /** `<System>…Fetched`, one batch (or part) per window. */
  fetchedType: T;
  /** `<System>WindowFailed`, after the last attempt. */
  failedType: U;
  /** Fetches the whole window (every page), outside any transaction. */
  fetch(request: SyncRequest, meter: Meter): Promise<F>;
  /** Filters applied besides the window (the `<system>.filters` rule). */
  filters?: Record<string, string> | ((request: SyncRequest) => Record<string, string>);
  /** The records' field of one part's payload, e.g. `(deals) => ({ deals })`. */
  payload: (records: F['records']) => Omit<EventPayloads[T], keyof WindowHead>;
  /** Key every part by its window (windowKey) instead of `system:dataset`: for records never updated by a later window. */
  keyByWindow?: boolean;
  maxPartBytes?: number;
  /** Ramp's and Box's WindowFailed rule names the window without its dataset; kept so their envelopes stay as they were. */
  failureRuleOmitsDataset?: boolean;
}

/**
 * The sync worker's handlers (SyncHandlers) whose publishing needs nothing of the transaction but a
 * publisher in it: a harness that plays the connector fetches and publishes with them as its sync
 * worker does, with its own publisher.
 */
export interface WindowSyncHandlers<F> {
  fetch(request: SyncRequest, meter: Meter): Promise<F>;
  publish<Tx>(uow: WindowPublishing<Tx>, tx: Tx, request: SyncRequest, fetched: F, meter: Meter): Promise<void>;
  publishFailure<Tx>(uow: WindowPublishing<Tx>, tx: Tx, request: SyncRequest, reason: string): Promise<void>;
}

/**
 * The sync worker's handlers of an inbound connector that publishes each window as one
 * `…Fetched` batch: the connector says only how to fetch and what differs (types, filters, payload field).
 */
export function windowSync<T extends EventType, U extends FailedType, F extends Fetched>(
  o: WindowSyncOptions<T, U, F>,
): WindowSyncHandlers<F> {
  const actor = { kind: 'connector' as const, id: o.system, displayName: o.displayName };
  return {
    fetch: o.fetch,
    async publish(uow, tx, r, f, meter) {
      const window = { from: r.from, to: r.to };
      await publishWindow(uow, tx, {
        system: o.system,
        dataset: r.dataset,
        window,
        type: o.fetchedType,
        ...(o.keyByWindow ? { key: windowKey(o.system, r.dataset, window) } : {}),
        scope: { orgId: r.orgId },
        fetched: f.fetched,
        records: f.records,
        ...(o.filters ? { filters: typeof o.filters === 'function' ? o.filters(r) : o.filters } : {}),
        meter,
        correlationId: r.correlationId,
        causationId: r.causationId,
        actor,
        ...(o.maxPartBytes ? { maxPartBytes: o.maxPartBytes } : {}),
        payload: (records, part, parts) =>
          ({
            dataset: r.dataset,
            windowFrom: r.from,
            windowTo: r.to,
            part,
            parts,
            requestId: r.requestId,
            ...o.payload(records),
          }) as EventPayloads[T],
      });
    },
    publishFailure: (uow, tx, r, reason) =>
      publishWindowFailure(uow, tx, {
        system: o.system,
        displayName: o.displayName,
        type: o.failedType,
        request: r,
        reason,
        ...(o.failureRuleOmitsDataset ? { ruleOmitsDataset: true } : {}),
        payload: {
          dataset: r.dataset,
          windowFrom: r.from,
          windowTo: r.to,
          requestId: r.requestId,
          reason,
          attempts: r.attempts,
        } as EventPayloads[U],
      }),
  };
}

/**
 * One connector syncing several datasets, each its own windowSync: a request goes to its dataset's
 * handlers; an unknown dataset fails to fetch, and its failure is published by the first dataset's
 * handlers (every dataset of a connector fails with the same `<System>WindowFailed`).
 */
export function syncByDataset(system: string, byDataset: Record<string, SyncHandlers<Fetched>>): SyncHandlers<Fetched> {
  const datasets = Object.keys(byDataset);
  const of = (dataset: string) => {
    const handlers = byDataset[dataset];
    if (!handlers)
      throw new CodedError(
        `${system.toUpperCase()}.UNKNOWN_DATASET`,
        `no dataset ${dataset} (${datasets.join(', ')})`,
        400,
      );
    return handlers;
  };
  return {
    fetch: (r, meter) => of(r.dataset).fetch(r, meter),
    publish: (uow, tx, r, f, meter) => of(r.dataset).publish(uow, tx, r, f, meter),
    publishFailure: (uow, tx, r, reason) =>
      (byDataset[r.dataset] ?? byDataset[datasets[0]!]!).publishFailure(uow, tx, r, reason),
  };
}
