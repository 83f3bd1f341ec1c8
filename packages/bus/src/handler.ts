import type { Logger } from '@playbook/telemetry/logger';
import type { AnyEnvelope, EnvelopeOf, EventInput, EventType } from './envelope.ts';

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

/** The transactional side of the bus, implemented over the service's database. */
export interface UnitOfWork<Tx> {
  /** Runs `fn` in one transaction that also records (consumer, messageId); a duplicate is skipped. */
  runOnce(consumer: string, messageId: string, fn: (tx: Tx) => Promise<void>): Promise<'handled' | 'duplicate'>;
  /** A publisher writing to the outbox in `tx`, with ids derived from the cause. */
  publisher(tx: Tx, cause: import('./envelope.ts').Cause): Publisher;
}
