import type { AnyEnvelope, Cause } from '@playbook/bus/envelope';
import type { Subscription, UnitOfWork } from '@playbook/bus/handler';
import type { Logger } from '@playbook/telemetry/logger';
import { handlerMessageId } from '@playbook/bus/ids';
import { consumerHandlerSeconds } from '@playbook/telemetry/metrics';

export type Outcome = 'handled' | 'duplicate' | 'ignored';

export interface DispatchOptions<Tx> {
  subscriptions: Subscription<Tx>[];
  uow: UnitOfWork<Tx>;
  log: Logger;
  service: string;
}

/** Events a handler publishes take the consumed message as their cause (ids from its id and the subscription). */
export const causeOf = (envelope: AnyEnvelope, subscription: string): Cause => ({
  correlationId: envelope.correlationId,
  causationId: envelope.messageId,
  actor: envelope.actor,
  messageIdFor: (type, index) => handlerMessageId(envelope.messageId, subscription, type, index),
});

/**
 * One message alone (a batch's failing message, isolated): hands an envelope to every
 * subscription for its type, each in its own inbox transaction: a subscription that already handled the message is skipped, so a retry after a later
 * subscription failed re-runs only what did not commit. Events a handler publishes take the
 * consumed message as their cause (ids derived from its id and the subscription's name).
 */
export function createDispatcher<Tx>({ subscriptions, uow, log, service }: DispatchOptions<Tx>) {
  return async (envelope: AnyEnvelope): Promise<Outcome> => {
    const matching = subscriptions.filter((s) => s.types.includes(envelope.type as never));
    if (matching.length === 0) return 'ignored';
    let outcome: Outcome = 'duplicate';
    for (const sub of matching) {
      const cause = causeOf(envelope, sub.name);
      const timer = consumerHandlerSeconds.startTimer({ service, consumer: sub.name, type: envelope.type });
      try {
        const result = await uow.runOnce(sub.name, envelope.messageId, (tx) =>
          sub.handle(envelope, { tx, publisher: uow.publisher(tx, cause), log }),
        );
        if (result === 'handled') outcome = 'handled';
      } finally {
        timer();
      }
    }
    return outcome;
  };
}
