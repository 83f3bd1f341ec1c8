import type { Actor, Cause, EventInput, EventPayloads, EventType, Scope } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import { diagnosticsOf, type Meter } from './meter.ts';
import type { SyncRequest } from './sync-requests.ts';
import { DEFAULT_MAX_PART_BYTES, splitIntoParts, type Window, windowMessageId } from './window.ts';

export interface WindowBatch<R, T extends EventType> {
  system: string;
  dataset: string;
  window: Window;
  type: T;
  scope: Scope;
  /** What the connector read (all pages) and what it kept; skipped = fetched − accepted. */
  fetched: number;
  records: readonly R[];
  /** Filters applied besides the window, e.g. `{ state: 'CLEARED' }`. */
  filters?: Record<string, string>;
  meter: Meter;
  /** The flow it belongs to and what asked for it (a SyncWindowRequested). */
  correlationId: string;
  causationId: string | null;
  actor: Actor;
  maxPartBytes?: number;
  /**
   * The Kafka key of every part (default `system:dataset`: one partition, windows in order, as
   * records that later windows may update need). Records that never change once fetched can key
   * by window (windowKey), so a backfill's windows spread over the partitions and are ingested side by side.
   */
  key?: string;
  /** The payload of one part. */
  payload: (records: R[], part: number, parts: number) => EventPayloads[T];
}

/** A key naming one window of a dataset (the SyncWindow aggregate): `system:dataset:from/to`. */
export const windowKey = (system: string, dataset: string, w: Window) =>
  `${system}:${dataset}:${new Date(w.from).toISOString()}/${new Date(w.to).toISOString()}`;

/**
 * What publishing a window needs of the bus: a publisher in the caller's transaction — the
 * connector's outbox, or anything else that takes the envelopes (a harness playing the connector).
 */
export type WindowPublishing<Tx> = Pick<UnitOfWork<Tx>, 'publisher'>;

/** Ids per window (and part): the same window fetched again publishes the same message ids. */
export function windowCause(
  b: Pick<WindowBatch<unknown, EventType>, 'system' | 'dataset' | 'window' | 'correlationId' | 'causationId' | 'actor'>,
  parts: number,
): Cause {
  return {
    correlationId: b.correlationId,
    causationId: b.causationId,
    actor: b.actor,
    messageIdFor: (_type, index) => windowMessageId(b.system, b.dataset, b.window, index + 1, parts),
  };
}

/**
 * Publishes one window as one batch envelope, or as several parts when one message would exceed
 * the broker's limit, in the caller's transaction (the outbox). Every part carries the window's
 * counts (fetched, accepted, skipped, and the part's own records), its rules (window, filters) and
 * the cost of fetching it (diagnostics from the meter). Returns the published message ids.
 */
export async function publishWindow<Tx, R, T extends EventType>(
  uow: WindowPublishing<Tx>,
  tx: Tx,
  b: WindowBatch<R, T>,
): Promise<string[]> {
  const parts = splitIntoParts(b.records, b.maxPartBytes ?? DEFAULT_MAX_PART_BYTES);
  const publisher = uow.publisher(tx, windowCause(b, parts.length));
  const diagnostics = diagnosticsOf(b.meter);
  const rules = [
    {
      name: `${b.system}.window`,
      parameters: {
        dataset: b.dataset,
        from: new Date(b.window.from).toISOString(),
        to: new Date(b.window.to).toISOString(),
      },
    },
    ...(b.filters ? [{ name: `${b.system}.filters`, parameters: b.filters }] : []),
  ];
  const ids: string[] = [];
  for (const [i, records] of parts.entries()) {
    const input: EventInput<T> = {
      type: b.type,
      key: b.key ?? `${b.system}:${b.dataset}`,
      scope: b.scope,
      actor: b.actor,
      counts: {
        fetched: b.fetched,
        accepted: b.records.length,
        skipped: b.fetched - b.records.length,
        part: i + 1,
        parts: parts.length,
        inPart: records.length,
      },
      rules,
      diagnostics,
      payload: b.payload(records, i + 1, parts.length),
    };
    ids.push((await publisher.publish(input)).messageId);
  }
  return ids;
}

export interface WindowFailure<T extends EventType> {
  system: string;
  /** The vendor's display name, for the connector actor. */
  displayName: string;
  type: T;
  request: SyncRequest;
  reason: string;
  /** The window rule without its dataset parameter (Ramp's and Box's failures were published so). */
  ruleOmitsDataset?: boolean;
  payload: EventPayloads[T];
}

/**
 * Publishes `<System>WindowFailed` for a request that failed its last attempt, in the transaction
 * that marks it failed: keyed like the window's batches, with the attempts and the window as its rule.
 */
export async function publishWindowFailure<Tx, T extends EventType>(
  uow: WindowPublishing<Tx>,
  tx: Tx,
  f: WindowFailure<T>,
) {
  const r = f.request;
  const actor: Actor = { kind: 'connector', id: f.system, displayName: f.displayName };
  const publisher = uow.publisher(tx, {
    correlationId: r.correlationId,
    causationId: r.causationId,
    actor,
    messageIdFor: () => windowMessageId(f.system, `${r.dataset}:failed:${r.requestId}`, r),
  });
  await publisher.publish({
    type: f.type,
    key: `${f.system}:${r.dataset}`,
    scope: { orgId: r.orgId },
    counts: { affected: 0, attempts: r.attempts },
    rules: [
      {
        name: `${f.system}.window`,
        parameters: {
          ...(f.ruleOmitsDataset ? {} : { dataset: r.dataset }),
          from: new Date(r.from).toISOString(),
          to: new Date(r.to).toISOString(),
        },
      },
    ],
    payload: f.payload,
  } as EventInput<T>);
}
