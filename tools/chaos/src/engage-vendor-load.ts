import { send } from '@playbook/launcher/http-client';
import type { Demo } from '@playbook/launcher/demo';

export interface LoadResult {
  offered: number;
  accepted: string[];
  /** Requests still without an answer when the load stopped (their outcome unknown to the client). */
  unanswered: number;
}

/**
 * Flow 1 at a steady rate: a producer engages a vendor (→ PO → approval request → audit). A client
 * that gets no answer retries with the same Idempotency-Key, as a careful client does; a request
 * counts as accepted once answered 201 (or replayed).
 */
export function steadyLoad(vendorsUrl: () => string, demo: Demo, perSecond: number) {
  const result: LoadResult = { offered: 0, accepted: [], unanswered: 0 };
  const inFlight = new Set<Promise<void>>();
  let stopped = false;

  const engage = async (n: number) => {
    const key = `chaos-${n}`;
    const body = {
      vendorId: demo.vendors.brightCatering,
      eventId: demo.eventId,
      serviceLine: 'lunch',
      unit: 'person',
      quantity: 10 + (n % 50),
      startsOn: '2027-03-10',
      endsOn: '2027-03-10',
    };
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const answer = await send(`${vendorsUrl()}/engagements`, {
        token: demo.users.pat.token,
        body,
        idempotencyKey: key,
      }).catch(() => undefined);
      if (answer && answer.status === 201) {
        result.accepted.push(answer.body.engagementId as string);
        return;
      }
      if (answer && answer.status < 500 && answer.status !== 409) return; // refused: not accepted, nothing to check
      await new Promise((r) => setTimeout(r, 500));
    }
    result.unanswered++;
  };

  const timer = setInterval(() => {
    if (stopped) return;
    const n = result.offered++;
    const p = engage(n).finally(() => inFlight.delete(p));
    inFlight.add(p);
  }, 1000 / perSecond);

  return {
    result,
    async stop(): Promise<LoadResult> {
      stopped = true;
      clearInterval(timer);
      await Promise.all(inFlight);
      return result;
    },
  };
}
