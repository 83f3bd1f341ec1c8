import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Subscription, UnitOfWork } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { PROBE_TYPE } from './probe.ts';
import type { Recorder } from './recorder.ts';

/**
 * The handler and a unit of work around the real one: the handler notes what a delivery is for
 * (the inbox row is its only side effect), and the delivery is stamped once its inbox
 * transaction (its own, or its batch's) has committed, not when the handler ran.
 */
export function deliveryTiming(recorder: Recorder, onCommitted?: (messageId: string, committedAt: number) => void) {
  const inFlight = new Map<string, { phase: string; occurredAt: number }>();
  const subscription: Subscription<Tx> = {
    name: 'bench-probe',
    types: [PROBE_TYPE],
    async handle(envelope: AnyEnvelope) {
      const payload = envelope.payload as { note?: string | null };
      inFlight.set(envelope.messageId, { phase: payload.note ?? 'unknown', occurredAt: envelope.occurredAt });
    },
  };
  const stamp = (messageId: string, committedAt: number) => {
    const seen = inFlight.get(messageId);
    inFlight.delete(messageId);
    if (seen) recorder.record(seen.phase, seen.occurredAt, committedAt);
    onCommitted?.(messageId, committedAt);
  };
  const wrap = (inner: UnitOfWork<Tx>): UnitOfWork<Tx> => ({
    async runOnce(consumer, messageId, fn) {
      const outcome = await inner.runOnce(consumer, messageId, fn);
      if (outcome === 'handled') stamp(messageId, Date.now());
      return outcome;
    },
    async runBatch(claims, fn) {
      const result = await inner.runBatch(claims, fn);
      const committedAt = Date.now();
      for (const claim of claims) stamp(claim.messageId, committedAt);
      return result;
    },
    publisher: (tx, cause) => inner.publisher(tx, cause),
    deferredPublisher: (tx, cause) => inner.deferredPublisher(tx, cause),
  });
  return { subscription, wrap };
}
