import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { openLoop, type OpenLoopReport } from './pacing.ts';
import type { BenchSlice } from './slice-setup.ts';

/** The demo rate card's lunch rate (Bright Catering, per person, USD). */
const LUNCH_RATE_MINOR = 4_500;
const BASE_QUANTITY = 112;
/** The finance tier of the default approval policy: [500 000, 5 000 000) minor units. */
export const FINANCE_TIER = { from: 500_000, below: 5_000_000 };
/** Every fan-out HTTP request (POST /engagements, a page of GET /approvals/pending) is bounded by this. */
export const REQUEST_TIMEOUT_MS = 30_000;
/** Open loop: every tick sends its share of the rate. */
const TICK_MS = 50;

/** Engagement `seq` buys 112 + seq/100 lunches, so its amount is unique: 504 000 + 45 × seq minor units. */
const quantityOf = (seq: number) => BASE_QUANTITY + seq / 100;
export const amountOf = (seq: number) => BASE_QUANTITY * LUNCH_RATE_MINOR + (LUNCH_RATE_MINOR / 100) * seq;

/** One POST /engagements, from send to its approval request being readable in approvals. */
export interface Sent {
  seq: number;
  phase: string;
  correlationId: string;
  amountMinor: number;
  sentAt: number;
  respondedAt?: number;
  readAt?: number;
}

/**
 * Pat's engagements, each its own request (own Idempotency-Key and X-Correlation-Id), and the
 * ledger that matches an approval request back to its engagement by amount.
 */
export class Engagements {
  readonly sent: Sent[] = [];
  private readonly byAmount = new Map<number, Sent>();
  private nextSeq = 0;
  private readonly slice: BenchSlice;

  constructor(slice: BenchSlice) {
    this.slice = slice;
  }

  /** Open loop: `rate` engagements/s for `durationS`, every TICK_MS its share, none waiting for another. */
  offer(phase: string, rate: number, durationS: number): Promise<OpenLoopReport> {
    return openLoop({ rate, durationS, tickMs: TICK_MS }, (_tick, count) =>
      Promise.all(Array.from({ length: count }, () => this.engage(phase))).then(() => {}),
    );
  }

  /** One engagement; answers 401/403/404/503 are retried (every 250 ms) for `patienceMs`. */
  async engage(phase: string, patienceMs = 0): Promise<void> {
    const { demo } = this.slice;
    const seq = this.nextSeq++;
    const record: Sent = { seq, phase, correlationId: randomUUID(), amountMinor: amountOf(seq), sentAt: 0 };
    this.byAmount.set(record.amountMinor, record);
    this.sent.push(record);
    const body = JSON.stringify({
      vendorId: demo.vendors.brightCatering,
      eventId: demo.eventId,
      serviceLine: 'lunch',
      unit: 'person',
      quantity: quantityOf(seq),
      startsOn: '2027-03-10',
      endsOn: '2027-03-12',
    });
    const giveUpAt = Date.now() + patienceMs;
    for (;;) {
      record.sentAt = Date.now();
      const response = await fetch(`${this.slice.url('vendors')}/engagements`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${demo.users.pat.token}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-fanout:${this.slice.namespace}:${seq}`,
          'x-correlation-id': record.correlationId,
        },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      record.respondedAt = Date.now();
      if (response.status === 201) {
        const amount = (JSON.parse(text) as { amountMinor: number }).amountMinor;
        if (amount !== record.amountMinor)
          throw new Error(
            `engagement ${seq} cost ${amount}, expected ${record.amountMinor}: the demo rate card changed`,
          );
        return;
      }
      // Right after the seed, Pat's grant and the event reach vendors' projections a moment later.
      if ([401, 403, 404, 503].includes(response.status) && Date.now() < giveUpAt) {
        await sleep(250);
        continue;
      }
      throw new Error(`POST /engagements (seq ${seq}, ${phase}) answered ${response.status}: ${text.slice(0, 300)}`);
    }
  }

  /** The engagement of an approval request seen for the first time (stamped read at `at`); undefined if unknown or already seen. */
  markRead(amountMinor: number, at: number): Sent | undefined {
    const record = this.byAmount.get(amountMinor);
    if (!record || record.readAt !== undefined) return undefined;
    record.readAt = at;
    return record;
  }

  /** Whether an engagement sent more than `ms` ago is still unread. */
  unreadOlderThan(ms: number): boolean {
    return this.sent.some((s) => s.readAt === undefined && Date.now() - s.sentAt > ms);
  }
}
