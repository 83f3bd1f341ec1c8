import { createRequire } from 'node:module';

interface RequestQueueInternals {
  throttleCheckTimeoutId: unknown;
  pending: unknown[];
  throttledUntil: number;
  scheduleCheckPendingRequests(this: RequestQueueInternals): void;
}

const require = createRequire(import.meta.url);
let stopped = false;

/**
 * kafkajs 2.2.4 re-arms a timer in every connection's request queue after each check, forever,
 * whether or not a request waits (tulios/kafkajs#1704 and #1751: `throttledUntil` starts at -1, so
 * the delay is negative; Node warns "TimeoutNegativeWarning" and runs it after 1 ms). Every
 * consumer, producer and admin holds several connections, so an idle service woke about a thousand
 * times a second per connection. A queue needs that check only while requests wait (the in-flight
 * limit, or the broker throttling the client): with none pending and no throttle it now arms
 * nothing, as the review of the open upstream fix (#1768) proposes. A request pushed later is
 * sent at once, or waits and arms the check itself (`push`); a response checks the queue too.
 * Idempotent; applies to every kafkajs client in the process.
 */
export function stopIdleRequestQueueTimers(): void {
  if (stopped) return;
  stopped = true;
  const { prototype } = require('kafkajs/src/network/requestQueue/index.js') as {
    prototype: RequestQueueInternals;
  };
  const schedule = prototype.scheduleCheckPendingRequests;
  prototype.scheduleCheckPendingRequests = function (this: RequestQueueInternals) {
    if (!this.throttleCheckTimeoutId && this.pending.length === 0 && this.throttledUntil <= Date.now()) return;
    schedule.call(this);
  };
}
