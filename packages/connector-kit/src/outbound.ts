import { CodedError } from '@playbook/errors/coded-error';

export interface Delivery<R> {
  /** Our idempotency key for this delivery (derived from the causing message). */
  key: string;
  /** Finds what an earlier attempt already created in the external system (look-up before create). */
  lookup?: (key: string) => Promise<R | undefined>;
  /** Creates it; a vendor with idempotency keys gets `key` as its key. */
  create: (key: string) => Promise<R>;
}

export interface Delivered<R> {
  result: R;
  /** True when the look-up found it: an earlier attempt had delivered it already. */
  reused: boolean;
}

/**
 * Delivers once towards an external system. The HTTP client already retried 429 and 5xx with
 * backoff; a failure that is left is raised as CONNECTOR.DELIVERY_FAILED with the (credential-free)
 * reason, so the bus consumer retries the message and then parks it on its dead-letter topic with
 * that reason. Because a consumer may redeliver after a delivery succeeded (a crash before the
 * commit), the look-up runs first: a message already delivered is never delivered twice.
 */
export async function deliverOnce<R>(d: Delivery<R>): Promise<Delivered<R>> {
  try {
    const found = d.lookup ? await d.lookup(d.key) : undefined;
    if (found !== undefined) return { result: found, reused: true };
    return { result: await d.create(d.key), reused: false };
  } catch (error) {
    const reason = (error as Error).message;
    throw new CodedError('CONNECTOR.DELIVERY_FAILED', `delivery ${d.key} failed: ${reason}`, 502, undefined, {
      cause: error,
    });
  }
}
