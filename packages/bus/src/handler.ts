import type { Logger } from '@playbook/telemetry/logger';
import type { AnyEnvelope, Cause, EnvelopeOf, EventInput, EventType } from './envelope.ts';

/** Publishes inside the caller's transaction (the outbox); returns the envelope it wrote. */
export interface Publisher {
  publish<T extends EventType>(input: EventInput<T>): Promise<EnvelopeOf<T>>;
}

export interface HandlerContext<Tx> {
  tx: Tx;
  /** Events published here carry the consumed message as their cause. */
  publisher: Publisher;
  log: Logger;
}

export type Handler<Tx, T extends EventType = EventType> = (
  envelope: EnvelopeOf<T>,
  ctx: HandlerContext<Tx>,
) => Promise<void>;

/**
 * A named reaction to one or more event types, e.g. `raise-po-when-vendor-engaged`. The name is
 * part of the inbox key and of derived message ids, so it must never change once deployed.
 */
export interface Subscription<Tx> {
  name: string;
  types: readonly EventType[];
  handle: (envelope: AnyEnvelope, ctx: HandlerContext<Tx>) => Promise<void>;
}

export function on<Tx, T extends EventType>(name: string, type: T, handle: Handler<Tx, T>): Subscription<Tx> {
  return { name, types: [type], handle: handle as Subscription<Tx>['handle'] };
}

/**
 * A named reaction to several event types read alike, through the envelope every message wears
 * (e.g. every connector's batches, whichever connector): `types` may be computed from the catalog.
 */
export function onAny<Tx>(
  name: string,
  types: readonly EventType[],
  handle: (envelope: AnyEnvelope, ctx: HandlerContext<Tx>) => Promise<void>,
): Subscription<Tx> {
  return { name, types: [...types], handle };
}

/** One (consumer, message) pair a batch claims in the inbox. */
export interface InboxClaim {
  consumer: string;
  messageId: string;
}

/** What a batch's handlers share: one transaction, the inbox claims made for it, one outbox write. */
export interface BatchScope<Tx> {
  tx: Tx;
  /**
   * True once for a pair this batch claimed (handle it); false for a pair handled before, or taken
   * already in this batch (a duplicate on the wire).
   */
  take(consumer: string, messageId: string): boolean;
  /** A publisher for one handling; the batch's events are written together, in one statement, before commit. */
  publisher(cause: Cause): Publisher;
}

/** The transactional side of the bus, implemented over the service's database. */
export interface UnitOfWork<Tx> {
  /** Runs `fn` in one transaction that also records (consumer, messageId); a duplicate is skipped. */
  runOnce(consumer: string, messageId: string, fn: (tx: Tx) => Promise<void>): Promise<'handled' | 'duplicate'>;
  /**
   * Runs `fn` in one transaction after claiming every pair in `claims` in one statement. If `fn`
   * throws, nothing of the batch commits: no inbox row, no effect, no event.
   */
  runBatch<T>(claims: InboxClaim[], fn: (scope: BatchScope<Tx>) => Promise<T>): Promise<T>;
  /** A publisher writing to the outbox in `tx`, with ids derived from the cause. */
  publisher(tx: Tx, cause: Cause): Publisher;
  /**
   * A publisher that keeps the events of `tx` and writes them all in one statement at `flush()`,
   * which the owner of the transaction calls before it commits (a command: one outbox round trip
   * however many events it publishes).
   */
  deferredPublisher(tx: Tx, cause: Cause): { publisher: Publisher; flush(): Promise<void> };
}
