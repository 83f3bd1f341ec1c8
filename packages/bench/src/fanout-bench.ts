import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import postgres from 'postgres';
import { errorMessage, withTimeout } from './cleanup.ts';
import { openLoop, waitUntil } from './pacing.ts';
import { Recorder } from './recorder.ts';
import type { BenchContext, ResultRow, Scenario } from './scenario.ts';
import { RUN_MODES, startBenchSlice, type BenchSlice, type RunMode } from './slice-setup.ts';
import { summarize } from './stats.ts';

/**
 * The fan-out of the first slice, through six real services: Pat POSTs /engagements to vendors →
 * VendorEngaged → spend raises a PO → PurchaseOrderRaised → approvals routes an ApprovalRequested
 * (activity records all of it meanwhile). Latency = the request being sent → the approval request
 * being readable over approvals' HTTP API (GET /approvals/pending as Fran, finance), at a fixed
 * offered load (open loop), once with the services in this process and once as six processes.
 *
 * Matching without an HTTP call per engagement: engagement `seq` buys 112 + seq/100 lunches at the
 * demo rate card's 45.00 USD, so its amount is 504 000 + 45 × seq minor units — unique per
 * engagement and inside the finance tier (5 000.00 ≤ amount < 50 000.00, so Fran may decide it; below
 * it the producer tier would route it to Pat, who never sees their own request). One poller reads
 * the pending queue (keyset pages) and stamps the first time each amount shows up. Afterwards every
 * engagement's own X-Correlation-Id is checked against approvals' own table (exactly one request
 * each, with that amount), which also gives the handler-side time as a cross-check.
 */
export const fanoutScenario: Scenario = {
  name: 'fanout',
  description: 'POST /engagements (vendors) → VendorEngaged → PO (spend) → ApprovalRequested readable in approvals; six services, modulith and processes',
  run: runFanout,
};

/** The demo rate card's lunch rate (Bright Catering, per person, USD). */
const LUNCH_RATE_MINOR = 4_500;
const BASE_QUANTITY = 112;
/** The finance tier of the default approval policy: [500 000, 5 000 000) minor units. */
const FINANCE_TIER = { from: 500_000, below: 5_000_000 };
const PAGE_LIMIT = 200;
const WARMUP_S = 3;
/** Requests older than this (their requested_at) are taken as committed: later polls start after them. */
const SETTLE_MS = 10_000;
const DRAIN_MS = 60_000;
const FIRST_ENGAGEMENT_PATIENCE_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;

const quantityOf = (seq: number) => BASE_QUANTITY + seq / 100;
const amountOf = (seq: number) => BASE_QUANTITY * LUNCH_RATE_MINOR + (LUNCH_RATE_MINOR / 100) * seq;

interface Sent {
  seq: number;
  phase: string;
  correlationId: string;
  amountMinor: number;
  sentAt: number;
  respondedAt?: number;
  readAt?: number;
}

interface PendingItem { amountMinor: number; requestedAt: string; subjectId: string }

async function runFanout(ctx: BenchContext): Promise<ResultRow[]> {
  const modes = ctx.params.fanoutModes;
  const unknown = modes.filter((m) => !RUN_MODES.includes(m as RunMode));
  if (unknown.length) throw new Error(`unknown fan-out mode(s) ${unknown.join(', ')}; known: ${RUN_MODES.join(', ')}`);
  const planned = Math.round(ctx.params.fanoutRate * (ctx.params.fanoutDurationS + WARMUP_S)) + 1;
  if (amountOf(planned) >= FINANCE_TIER.below) {
    throw new Error(`${planned} engagements per mode would push amounts past the finance tier; lower BENCH_FANOUT_RATE or BENCH_FANOUT_DURATION_S`);
  }
  const rows: ResultRow[] = [];
  for (const mode of modes as RunMode[]) {
    try {
      rows.push(await runMode(ctx, mode));
    } catch (error) {
      throw new Error(`${mode}: ${errorMessage(error)}`, { cause: error });
    } finally {
      // The next mode gets the machine to itself: services stopped, schemas, groups, topics, subjects gone.
      await ctx.cleanup.runAll();
    }
  }
  return rows;
}

async function runMode(ctx: BenchContext, mode: RunMode): Promise<ResultRow> {
  const { fanoutRate: rate, fanoutDurationS: durationS, fanoutPollMs: pollMs } = ctx.params;
  const slice = await startBenchSlice(ctx, mode);
  const { demo } = slice;
  const label = `fanout/${mode}`;
  const recorder = new Recorder();
  const byAmount = new Map<number, Sent>();
  const sent: Sent[] = [];
  let nextSeq = 0;

  const engage = async (phase: string, patienceMs = 0): Promise<void> => {
    const seq = nextSeq++;
    const record: Sent = { seq, phase, correlationId: randomUUID(), amountMinor: amountOf(seq), sentAt: 0 };
    byAmount.set(record.amountMinor, record);
    sent.push(record);
    const body = JSON.stringify({
      vendorId: demo.vendors.brightCatering, eventId: demo.eventId, serviceLine: 'lunch', unit: 'person',
      quantity: quantityOf(seq), startsOn: '2027-03-10', endsOn: '2027-03-12',
    });
    const giveUpAt = Date.now() + patienceMs;
    for (;;) {
      record.sentAt = Date.now();
      const response = await fetch(`${slice.url('vendors')}/engagements`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${demo.users.pat.token}`, 'content-type': 'application/json',
          'idempotency-key': `bench-fanout:${slice.namespace}:${seq}`, 'x-correlation-id': record.correlationId,
        },
        body,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      record.respondedAt = Date.now();
      if (response.status === 201) {
        const amount = (JSON.parse(text) as { amountMinor: number }).amountMinor;
        if (amount !== record.amountMinor) throw new Error(`engagement ${seq} cost ${amount}, expected ${record.amountMinor}: the demo rate card changed`);
        return;
      }
      // Right after the seed, Pat's grant and the event reach vendors' projections a moment later.
      if ([401, 403, 404, 503].includes(response.status) && Date.now() < giveUpAt) {
        await sleep(250);
        continue;
      }
      throw new Error(`POST /engagements (seq ${seq}, ${phase}) answered ${response.status}: ${text.slice(0, 300)}`);
    }
  };

  const watcher = new PendingWatcher(`${slice.url('approvals')}/approvals/pending`, demo.users.fran.token, pollMs, (item, at) => {
    const record = byAmount.get(item.amountMinor);
    if (!record || record.readAt !== undefined) return;
    record.readAt = at;
    recorder.record(record.phase, record.sentAt, at);
  }, () => sent.some((s) => s.readAt === undefined && Date.now() - s.sentAt > SETTLE_MS));
  const stopWatching = watcher.start();
  try {
    const drained = (phase: string, expected: number, maxMs = DRAIN_MS) => waitUntil(() => {
      if (watcher.failure) throw watcher.failure;
      return recorder.phase(phase).count >= expected;
    }, {
      deadline: Math.min(ctx.deadline, Date.now() + maxMs),
      what: `${expected} "${phase}" approval requests readable in approvals (${mode})`,
      progress: () => `${recorder.phase(phase).count}/${expected} readable after ${watcher.polls} polls`,
    });

    // Warm-up: the first engagement waits out the projections; then the offered rate for a few seconds.
    recorder.phase('probe');
    await engage('probe', FIRST_ENGAGEMENT_PATIENCE_MS);
    await drained('probe', 1);
    recorder.phase('warmup');
    const warm = await openLoop({ rate, durationS: WARMUP_S, tickMs: 50 }, (_tick, count) => Promise.all(Array.from({ length: count }, () => engage('warmup'))).then(() => {}));
    await drained('warmup', warm.events);
    ctx.progress(`${label}: warm-up done (${warm.events + 1} engagements readable in approvals); offering ${rate}/s for ${durationS} s`);

    // The measured run: open loop, every 50 ms its share of the rate, each engagement its own request.
    const measured = recorder.phase('measured');
    const pollsBefore = watcher.polls;
    const paced = await openLoop({ rate, durationS, tickMs: 50 }, (_tick, count) => Promise.all(Array.from({ length: count }, () => engage('measured'))).then(() => {}));
    await drained('measured', paced.events);
    const runs = sent.filter((s) => s.phase === 'measured');
    ctx.progress(`${label}: ${paced.events} engagements readable in approvals; cross-checking approvals' own table`);

    const check = await crossCheck(ctx, slice, sent);
    await stopWatching();
    await slice.stop();

    const elapsedMs = measured.lastDeliveredAt - paced.startedAt;
    const achievedRate = paced.events / (elapsedMs / 1000);
    const lastResponse = Math.max(...runs.map((s) => s.respondedAt!));
    const bySeq = [...runs].sort((a, b) => a.seq - b.seq).map((s) => s.readAt! - s.sentAt);
    const third = Math.max(1, Math.floor(bySeq.length / 3));
    const firstThird = summarize(bySeq.slice(0, third)).p50;
    const lastThird = summarize(bySeq.slice(-third)).p50;
    // Saturated: the slice delivered below the offered rate (the report flags that row itself), or a
    // queue grew during the run (latency of the last third of sends well above the first third's).
    const rateHeld = achievedRate >= 0.95 * rate;
    const queueGrew = lastThird > 2 * firstThird && lastThird - firstThird > 200;
    const http = summarize(runs.map((s) => s.respondedAt! - s.sentAt));
    return {
      scenario: fanoutScenario.name,
      mode,
      events: paced.events,
      offeredRate: rate,
      achievedRate,
      elapsedMs,
      latency: summarize(measured.latencies),
      extra: {
        saturated: rateHeld && !queueGrew ? 0 : 1,
        acceptedRate: paced.events / ((lastResponse - paced.startedAt) / 1000),
        httpP50Ms: http.p50,
        httpP99Ms: http.p99,
        firstThirdP50Ms: firstThird,
        lastThirdP50Ms: lastThird,
        handlerP50Ms: check.handler.p50,
        handlerP99Ms: check.handler.p99,
        pollMs,
        pollP50Ms: summarize(watcher.durations).p50,
        polls: watcher.polls - pollsBefore,
        pacerMaxSlipMs: paced.maxSlipMs,
        maxRequestsInFlight: paced.maxInFlight,
        warmupEngagements: warm.events + 1,
      },
      notes: [
        mode === 'modulith' ? '6 services in the bench process' : '6 services, 1 OS process each',
        `open loop ${rate}/s for ${durationS} s`,
        ...(queueGrew ? [`${rateHeld ? 'SATURATED: ' : ''}p50 grew from ${firstThird} ms (first third of sends) to ${lastThird} ms (last third)`] : []),
        ...(rateHeld && !queueGrew ? ['not saturated: rate held, latency flat'] : []),
      ],
    };
  } finally {
    await stopWatching();
  }
}

/**
 * Reads approvals' own table (the bench's only look behind an API, after the run, read-only):
 * exactly one request per engagement, carrying that engagement's X-Correlation-Id and amount; and
 * requested_at (stamped by the routing handler) − send time, a poll-free figure for the same path.
 */
async function crossCheck(ctx: BenchContext, slice: BenchSlice, sent: Sent[]): Promise<{ handler: ReturnType<typeof summarize> }> {
  const admin = postgres(ctx.env.databaseUrl, { max: 1, onnotice: () => {} });
  try {
    type Row = { correlation_id: string; amount_minor: string; requested_at: Date };
    const rows: Row[] = await withTimeout(
      admin.unsafe<Row[]>(`select correlation_id, amount_minor, requested_at from "${slice.schemaOf('approvals')}".approval_requests`).then((r) => [...r]),
      30_000, 'reading approvals.approval_requests',
    );
    const byCorrelation = new Map<string, Row[]>();
    for (const row of rows) byCorrelation.set(row.correlation_id, [...(byCorrelation.get(row.correlation_id) ?? []), row]);
    const problems: string[] = [];
    if (rows.length !== sent.length) problems.push(`${rows.length} approval requests for ${sent.length} engagements`);
    const handler: number[] = [];
    for (const s of sent) {
      const mine = byCorrelation.get(s.correlationId) ?? [];
      if (mine.length !== 1) problems.push(`engagement ${s.seq}: ${mine.length} approval requests with its correlation id`);
      else if (Number(mine[0]!.amount_minor) !== s.amountMinor) problems.push(`engagement ${s.seq}: amount ${mine[0]!.amount_minor}, expected ${s.amountMinor}`);
      else if (s.phase === 'measured') handler.push(mine[0]!.requested_at.getTime() - s.sentAt);
    }
    if (problems.length) throw new Error(`cross-check against approvals' table failed: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
    return { handler: summarize(handler) };
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/**
 * One reader of the approver's pending queue, every `pollMs` (start to start). Keyset pages of
 * PAGE_LIMIT; a later poll starts after the last page whose newest request is older than
 * SETTLE_MS (those are committed and already seen), so a poll costs about one page however long
 * the queue grows. While something sent long ago is still unseen, a full scan runs once a second.
 */
class PendingWatcher {
  polls = 0;
  readonly durations: number[] = [];
  failure: Error | undefined;
  private startCursor: string | undefined;
  private lastFullScan = 0;

  private readonly url: string;
  private readonly token: string;
  private readonly pollMs: number;
  private readonly onItem: (item: PendingItem, readAt: number) => void;
  private readonly overdue: () => boolean;

  constructor(url: string, token: string, pollMs: number, onItem: (item: PendingItem, readAt: number) => void, overdue: () => boolean) {
    this.url = url;
    this.token = token;
    this.pollMs = pollMs;
    this.onItem = onItem;
    this.overdue = overdue;
  }

  start(): () => Promise<void> {
    let stopping = false;
    const loop = (async () => {
      while (!stopping) {
        const started = Date.now();
        try {
          const full = this.overdue() && started - this.lastFullScan > 1000;
          if (full) this.lastFullScan = started;
          await this.poll(full);
        } catch (error) {
          this.failure = new Error(`reading GET /approvals/pending failed: ${errorMessage(error)}`);
          return;
        }
        this.durations.push(Date.now() - started);
        this.polls++;
        const wait = started + this.pollMs - Date.now();
        if (wait > 0) await sleep(wait);
      }
    })();
    return async () => {
      stopping = true;
      await withTimeout(loop, REQUEST_TIMEOUT_MS + 5000, 'the approvals poller stopping');
    };
  }

  private async poll(full: boolean): Promise<void> {
    const horizon = Date.now() - SETTLE_MS;
    let cursor = full ? undefined : this.startCursor;
    for (let page = 0; page < 1000; page++) {
      const response = await fetch(`${this.url}?limit=${PAGE_LIMIT}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
        headers: { authorization: `Bearer ${this.token}` },
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      const text = await response.text();
      const at = Date.now();
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
      const body = JSON.parse(text) as { items: PendingItem[]; nextCursor: string | null };
      for (const item of body.items) this.onItem(item, at);
      const last = body.items.at(-1);
      if (!body.nextCursor || !last) return;
      if (Date.parse(last.requestedAt) < horizon) this.startCursor = body.nextCursor;
      cursor = body.nextCursor;
    }
  }
}
