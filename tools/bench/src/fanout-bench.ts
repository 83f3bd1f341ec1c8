import { errorMessage } from './cleanup.ts';
import { amountOf, FINANCE_TIER } from './fanout-engagements.ts';
import { runFanoutMode, WARMUP_S } from './fanout-mode.ts';
import { IDLE_SETTLE_MS, IDLE_WINDOW_MS } from './idle-cost.ts';
import type { BenchContext, ResultRow, Scenario } from './scenario.ts';
import { RUN_MODES, type RunMode } from './slice-setup.ts';

/**
 * The fan-out of the first slice, through every domain module: Pat POSTs /engagements to vendors →
 * VendorEngaged → spend raises a PO → PurchaseOrderRaised → approvals routes an ApprovalRequested
 * (activity records all of it meanwhile). Latency = the request being sent → the approval request
 * being readable over approvals' HTTP API (GET /approvals/pending as Fran, finance), at a fixed
 * offered load (open loop), once with the modules in this process and once as a process each.
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
  description:
    'POST /engagements (vendors) → VendorEngaged → PO (spend) → ApprovalRequested readable in approvals; every module, modulith and processes',
  run: runFanout,
  // Each mode's idle measurement, on top of the shared budget the fan-out always fitted in.
  budgetS: (2 * (IDLE_SETTLE_MS + IDLE_WINDOW_MS)) / 1000,
};

async function runFanout(ctx: BenchContext): Promise<ResultRow[]> {
  const modes = ctx.params.fanoutModes;
  const unknown = modes.filter((m) => !RUN_MODES.includes(m as RunMode));
  if (unknown.length) throw new Error(`unknown fan-out mode(s) ${unknown.join(', ')}; known: ${RUN_MODES.join(', ')}`);
  const planned = Math.round(ctx.params.fanoutRate * (ctx.params.fanoutDurationS + WARMUP_S)) + 1;
  if (amountOf(planned) >= FINANCE_TIER.below) {
    throw new Error(
      `${planned} engagements per mode would push amounts past the finance tier; lower BENCH_FANOUT_RATE or BENCH_FANOUT_DURATION_S`,
    );
  }
  const rows: ResultRow[] = [];
  for (const mode of modes as RunMode[]) {
    try {
      rows.push(await runFanoutMode(ctx, fanoutScenario.name, mode));
    } catch (error) {
      throw new Error(`${mode}: ${errorMessage(error)}`, { cause: error });
    } finally {
      // The next mode gets the machine to itself: services stopped, schemas, groups, topics, subjects gone.
      await ctx.cleanup.runAll();
    }
  }
  return rows;
}
