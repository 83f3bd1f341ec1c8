import { crossCheck } from './approvals-cross-check.ts';
import { PendingPoller } from './approvals-poller.ts';
import { drainer } from './drain.ts';
import { Engagements, REQUEST_TIMEOUT_MS } from './fanout-engagements.ts';
import { fanoutRow } from './fanout-row.ts';
import { IDLE_SETTLE_MS, IDLE_WINDOW_MS, measureIdleCost } from './idle-cost.ts';
import { Recorder } from './recorder.ts';
import type { BenchContext, ResultRow } from './scenario.ts';
import { startBenchSlice, type RunMode } from './slice-setup.ts';

export const WARMUP_S = 3;
const DRAIN_MS = 60_000;
const FIRST_ENGAGEMENT_PATIENCE_MS = 60_000;

/**
 * One run mode: start and seed the slice, warm it up, offer the measured load, wait until every
 * engagement's approval request is readable, cross-check approvals' table, stop the services.
 */
export async function runFanoutMode(ctx: BenchContext, scenario: string, mode: RunMode): Promise<ResultRow> {
  const { fanoutRate: rate, fanoutDurationS: durationS, fanoutPollMs: pollMs } = ctx.params;
  const slice = await startBenchSlice(ctx, mode);
  const label = `fanout/${mode}`;
  const idle = await measureIdleCost(IDLE_SETTLE_MS, IDLE_WINDOW_MS);
  ctx.progress(
    `${label}: idle, the system costs ${idle.machinePct} % of the machine (${idle.processPct} % of a core here)`,
  );
  const recorder = new Recorder();
  const engagements = new Engagements(slice);

  // The matcher: an approval request's amount names its engagement; the first sighting is its delivery.
  const poller = new PendingPoller({
    url: `${slice.url('approvals')}/approvals/pending`,
    token: slice.demo.users.fran.token,
    pollMs,
    requestTimeoutMs: REQUEST_TIMEOUT_MS,
    onItem: (item, at) => {
      const record = engagements.markRead(item.amountMinor, at);
      if (record) recorder.record(record.phase, record.sentAt, at);
    },
    unseenOlderThan: (ms) => engagements.unreadOlderThan(ms),
  });
  const stopPolling = poller.start();
  try {
    const drained = drainer(recorder, {
      deadline: ctx.deadline,
      maxMs: DRAIN_MS,
      what: (phase, expected) => `${expected} "${phase}" approval requests readable in approvals (${mode})`,
      progress: (readable, expected) => `${readable}/${expected} readable after ${poller.polls} polls`,
      check: () => {
        if (poller.failure) throw poller.failure;
      },
    });

    // Warm-up: the first engagement waits out the projections; then the offered rate for a few seconds.
    recorder.phase('probe');
    await engagements.engage('probe', FIRST_ENGAGEMENT_PATIENCE_MS);
    await drained('probe', 1);
    recorder.phase('warmup');
    const warm = await engagements.offer('warmup', rate, WARMUP_S);
    await drained('warmup', warm.events);
    ctx.progress(
      `${label}: warm-up done (${warm.events + 1} engagements readable in approvals); offering ${rate}/s for ${durationS} s`,
    );

    // The measured run: open loop, every 50 ms its share of the rate, each engagement its own request.
    const measured = recorder.phase('measured');
    const pollsBefore = poller.polls;
    const paced = await engagements.offer('measured', rate, durationS);
    await drained('measured', paced.events);
    const runs = engagements.sent.filter((s) => s.phase === 'measured');
    ctx.progress(`${label}: ${paced.events} engagements readable in approvals; cross-checking approvals' own table`);

    const check = await crossCheck(ctx, slice, engagements.sent);
    await stopPolling();
    await slice.stop();
    return fanoutRow({
      scenario,
      mode,
      rate,
      durationS,
      pollMs,
      warm,
      paced,
      measured,
      runs,
      handler: check.handler,
      pollDurations: poller.durations,
      polls: poller.polls - pollsBefore,
      idle,
    });
  } finally {
    await stopPolling();
  }
}
