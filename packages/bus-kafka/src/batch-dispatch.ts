import { type Context, context } from '@opentelemetry/api';
import type { AnyEnvelope } from '@playbook/bus/envelope';
import type { Subscription } from '@playbook/bus/handler';
import { consumerHandlerSeconds } from '@playbook/telemetry/metrics';
import { causeOf, type DispatchOptions, type Outcome } from './dispatch.ts';
import type { BatchProgress } from './stuck-batch.ts';

export interface Delivery {
  envelope: AnyEnvelope;
  /** The message's span and correlation id, active while its handlers run. */
  active: Context;
}

export type BatchResult =
  | { ok: true; outcomes: Outcome[] }
  /** Nothing committed. `failedAt` is the delivery whose handler threw, or -1 when no handler did. */
  | { ok: false; failedAt: number; error: unknown };

/**
 * Hands a batch of one partition's deliveries, in order, to every subscription for their types,
 * all in one transaction: one inbox claim statement, the handlers' effects, one outbox insert,
 * one commit. A pair handled before (or twice in the batch) is skipped. If any handler throws,
 * nothing commits and the result says which delivery failed, so the caller can commit the ones
 * before it and isolate it.
 */
export function createBatchDispatcher<Tx>({ subscriptions, uow, log, service }: DispatchOptions<Tx>) {
  const byType = new Map<string, Subscription<Tx>[]>();
  const matching = (type: string) => {
    let subs = byType.get(type);
    if (!subs) {
      subs = subscriptions.filter((s) => s.types.includes(type as never));
      byType.set(type, subs);
    }
    return subs;
  };

  return async (
    deliveries: Delivery[],
    /** Called after each message; returns a promise only when it sent one. */
    heartbeat: () => Promise<void> | undefined,
    progress: BatchProgress = { phase: 'handling' },
  ): Promise<BatchResult> => {
    const claims = deliveries.flatMap(({ envelope }) =>
      matching(envelope.type).map((s) => ({ consumer: s.name, messageId: envelope.messageId })),
    );
    // No subscription handles any of these types (a topic carries a module's every event; its
    // consumers take some): nothing to claim, run or publish, so no transaction. It was a BEGIN
    // and a COMMIT for nothing: a quarter of the consumer transactions of the modulith fan-out.
    if (claims.length === 0) return { ok: true, outcomes: deliveries.map((): Outcome => 'ignored') };
    let failedAt = -1;
    try {
      const outcomes = await uow.runBatch(claims, async (scope) => {
        const outcomes: Outcome[] = [];
        for (const [i, { envelope, active }] of deliveries.entries()) {
          const subs = matching(envelope.type);
          let outcome: Outcome = subs.length === 0 ? 'ignored' : 'duplicate';
          for (const sub of subs) {
            if (!scope.take(sub.name, envelope.messageId)) continue;
            // Assigned field by field: this runs per message and handler, and builds no object.
            progress.consumer = sub.name;
            progress.type = envelope.type;
            progress.messageId = envelope.messageId;
            const timer = consumerHandlerSeconds.startTimer({ service, consumer: sub.name, type: envelope.type });
            try {
              const publisher = scope.publisher(causeOf(envelope, sub.name));
              await context.with(active, () => sub.handle(envelope, { tx: scope.tx, publisher, log }));
            } catch (error) {
              failedAt = i;
              throw error;
            } finally {
              timer();
            }
            outcome = 'handled';
          }
          outcomes.push(outcome);
          const beating = heartbeat();
          if (beating) await beating;
        }
        Object.assign(progress, { phase: 'committing', consumer: undefined, type: undefined, messageId: undefined });
        return outcomes;
      });
      return { ok: true, outcomes };
    } catch (error) {
      return { ok: false, failedAt, error };
    }
  };
}
