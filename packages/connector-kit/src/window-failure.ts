import type { Actor, EventPayloads, EventType, Scope } from '@playbook/bus/envelope';
import type { UnitOfWork } from '@playbook/bus/handler';
import type { SyncRequest } from './sync-requests.ts';
import { windowMessageId } from './window.ts';

export interface WindowFailure<T extends EventType> {
  system: string;
  type: T;
  request: SyncRequest;
  reason: string;
  actor: Actor;
  scope?: Scope;
}

/**
 * Publishes `<System>WindowFailed` for a window that failed after its last attempt: one message
 * per request (its id derives from the request), with the attempts and the window as rules.
 * The payload is the kit's common failure shape: dataset, window, request id, reason, attempts.
 */
export async function publishWindowFailure<Tx, T extends EventType>(
  uow: UnitOfWork<Tx>,
  tx: Tx,
  f: WindowFailure<T>,
): Promise<void> {
  const r = f.request;
  const publisher = uow.publisher(tx, {
    correlationId: r.correlationId,
    causationId: r.causationId,
    actor: f.actor,
    messageIdFor: () => windowMessageId(f.system, `${r.dataset}:failed:${r.requestId}`, r),
  });
  await publisher.publish({
    type: f.type,
    key: `${f.system}:${r.dataset}`,
    scope: f.scope ?? { orgId: r.orgId },
    counts: { affected: 0, attempts: r.attempts },
    rules: [
      {
        name: `${f.system}.window`,
        parameters: { from: new Date(r.from).toISOString(), to: new Date(r.to).toISOString() },
      },
    ],
    payload: {
      dataset: r.dataset,
      windowFrom: r.from,
      windowTo: r.to,
      requestId: r.requestId,
      reason: f.reason,
      attempts: r.attempts,
    } as unknown as EventPayloads[T],
  });
}
