import type { BenchContext, ResultRow, Scenario } from './scenario.ts';
import { type RampIngestRig, startRampIngest, until } from './ramp-ingest-setup.ts';
import { summarize } from './stats.ts';

/*
 * Flow 2 at scale: a million Ramp charges fetched from the sandbox, imported and allocated by spend.
 * The row ends when spend has committed every import and allocation with its events (its outbox);
 * getting those events onto Kafka is the bus's work and is reported beside it (eventsOnKafkaMs).
 * Budget is not started: it records each SpendAllocated in a transaction of its own that re-sums the
 * budget's actuals, so at a million allocations it is a measurement of budget, not of this flow.
 */
const IMPORT_CONSUMER = 'import-card-transactions-when-ramp-fetched';
const int = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

export const rampIngestScenario: Scenario = {
  name: 'ramp-ingest',
  get description() {
    return `ramp-ingest: ${rampCount().toLocaleString('en')} Ramp transactions fetched from the sandbox (${rampWindows(rampCount())} windows), imported and allocated by spend`;
  },
  // A million charges is minutes of work on its own; the run's budget grows by this much when selected.
  budgetS: 900,
  run: runRampIngest,
};

/** BENCH_RAMP_TRANSACTIONS (default 1,000,000); `--quick` makes it 20,000. */
export const rampCount = () => int('BENCH_RAMP_TRANSACTIONS', 1_000_000);

/** BENCH_RAMP_WINDOWS, else one window per 10,000 charges: small windows start the import early. */
const rampWindows = (count: number) => int('BENCH_RAMP_WINDOWS', Math.max(1, Math.round(count / 10_000)));

async function runRampIngest(ctx: BenchContext): Promise<ResultRow[]> {
  const count = rampCount();
  const o = {
    count,
    windows: rampWindows(count),
    pageSize: int('BENCH_RAMP_PAGE_SIZE', 1000),
    syncConcurrency: int('BENCH_RAMP_SYNC_CONCURRENCY', 2),
  };
  ctx.progress(`ramp-ingest: starting the sandbox (${count} generated charges), the connector and spend`);
  const rig = await startRampIngest(ctx, o);
  const expected = expectedOutcome(rig, count);
  ctx.progress(
    `ramp-ingest: expecting ${expected.accepted} imported, ${expected.allocated} allocated; asking for ${rig.windows.length} windows`,
  );

  const started = performance.now();
  await rig.requestWindows(rig.windows);
  let fetchedAt = 0;
  let parts = 0;
  let lastReport = 0;
  await until(ctx, 'spend handled every part', async () => {
    if (!fetchedAt) {
      const [r] = await rig.ramp.sql()<{ done: number }[]>`
        select count(*)::int as done from sync_requests where status = 'done'`;
      const failed = await rig.ramp.sql()`select last_error from sync_requests where status = 'failed' limit 1`;
      if (failed.length) throw new Error(`ramp-ingest: a window failed: ${failed[0]!.last_error}`);
      if (r!.done === rig.windows.length) {
        fetchedAt = performance.now();
        parts = await rampParts(rig);
        ctx.progress(`ramp-ingest: every window fetched and published (${parts} parts) in ${ms(fetchedAt - started)}`);
      }
    }
    const [h] = await rig.spend.sql()<{ n: number }[]>`
      select count(*)::int as n from inbox where consumer = ${IMPORT_CONSUMER}`;
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      ctx.progress(`ramp-ingest: spend handled ${h!.n} parts after ${ms(lastReport - started)}`);
    }
    return fetchedAt > 0 && h!.n >= parts;
  });
  const importedAt = performance.now();
  ctx.progress(`ramp-ingest: imported and allocated in ${ms(importedAt - started)}; checking the counts`);
  const outcome = await measuredOutcome(rig);
  for (const key of ['accepted', 'allocated'] as const)
    if (outcome[key] !== expected[key])
      throw new Error(`ramp-ingest: spend has ${outcome[key]} ${key}, expected ${expected[key]}`);
  if (outcome.importedEvents !== expected.accepted || outcome.allocatedEvents !== expected.allocated)
    throw new Error(
      `ramp-ingest: spend published ${outcome.importedEvents} CardTransactionImported / ${outcome.allocatedEvents} SpendAllocated, expected ${expected.accepted} / ${expected.allocated}`,
    );

  // Until spend's relay has put every CardTransactionImported and SpendAllocated on Kafka, for at
  // most BENCH_RAMP_RELAY_WAIT_S after the import: past it the row says how many were on Kafka.
  const relayDeadline = Math.min(ctx.deadline - 60_000, Date.now() + int('BENCH_RAMP_RELAY_WAIT_S', 300) * 1000);
  let unpublished = 0;
  while (true) {
    const [r] = await rig.spend.sql()<{ n: number }[]>`
      select count(*)::int as n from outbox where published_at is null`;
    unpublished = r!.n;
    if (unpublished === 0 || Date.now() > relayDeadline) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const relayedAt = performance.now();
  const spendEvents = outcome.importedEvents + outcome.allocatedEvents;
  ctx.progress(
    unpublished === 0
      ? `ramp-ingest: spend's events on Kafka after ${ms(relayedAt - started)}; re-fetching an overlapping window`
      : `ramp-ingest: ${spendEvents - unpublished} of spend's ${spendEvents} events on Kafka after ${ms(relayedAt - started)} (stopped waiting); re-fetching an overlapping window`,
  );
  const diagnostics = await fetchDiagnostics(rig);
  const refetch = await refetchChangesNothing(ctx, rig, outcome);

  const elapsed = importedAt - started;
  const messages = parts + outcome.importedEvents + outcome.allocatedEvents;
  return [
    {
      scenario: 'ramp-ingest',
      mode: 'throughput',
      events: count,
      offeredRate: null,
      achievedRate: count / (elapsed / 1000),
      elapsedMs: elapsed,
      latency: summarize([]),
      extra: {
        windows: rig.windows.length,
        pages: diagnostics.pages,
        apiCalls: diagnostics.apiCalls,
        parts,
        imported: outcome.accepted,
        allocated: outcome.allocated,
        busMessages: messages,
        fetchMs: fetchedAt - started,
        importAfterFetchMs: importedAt - fetchedAt,
        ...(unpublished === 0
          ? { eventsOnKafkaMs: relayedAt - started }
          : { eventsOnKafkaAfterMs: relayedAt - started, eventsNotYetOnKafka: unpublished }),
        refetchMs: refetch,
      },
      notes: [
        `time = windows asked → spend imported and allocated all (CardTransactionImported + SpendAllocated committed); fetch ${ms(fetchedAt - started)}, then import ${ms(importedAt - fetchedAt)}; ${messages} bus messages`,
      ],
    },
  ];
}

/**
 * What spend must end with, read off the sandbox's charges by the rules as documented (not by
 * spend's code): cleared charges imported, those with an "Event" field (every bench event is known)
 * allocated.
 */
function expectedOutcome(rig: RampIngestRig, count: number) {
  let accepted = 0;
  let allocated = 0;
  for (let i = 0; i < count; i++) {
    const t = rig.sandbox.source.at(i);
    if (!['CLEARED', 'COMPLETION', 'PENDING'].includes(t.state)) continue;
    accepted++;
    if (t.accounting_field_selections?.some((s) => s.category_info?.name === 'Event')) allocated++;
  }
  return { accepted, allocated };
}

async function measuredOutcome(rig: RampIngestRig) {
  const [r] = await rig.spend.sql()<
    { accepted: number; allocated: number; imported_events: number; allocated_events: number }[]
  >`
    select (select count(*)::int from card_transactions) as accepted,
           (select count(*)::int from card_transactions where event_id is not null) as allocated,
           (select count(*)::int from outbox where type = 'spend.CardTransactionImported') as imported_events,
           (select count(*)::int from outbox where type = 'spend.SpendAllocated') as allocated_events`;
  return {
    accepted: r!.accepted,
    allocated: r!.allocated,
    importedEvents: r!.imported_events,
    allocatedEvents: r!.allocated_events,
  };
}

/** Pages and API calls the connector reported (each window's first part carries its diagnostics). */
async function fetchDiagnostics(rig: RampIngestRig) {
  const [r] = await rig.ramp.sql()<{ pages: number; api_calls: number }[]>`
    select coalesce(sum((payload->'diagnostics'->>'pages')::int), 0)::int as pages,
           coalesce(sum((payload->'diagnostics'->>'apiCalls')::int), 0)::int as api_calls
    from outbox where type = 'integrations.ramp.RampTransactionsFetched' and (payload->'counts'->>'part')::int = 1`;
  return { pages: r!.pages, apiCalls: r!.api_calls };
}

/**
 * Asks for a window overlapping the first one (new batch ids, so spend handles it): spend must
 * import nothing and publish nothing. Returns how long that took.
 */
async function refetchChangesNothing(
  ctx: BenchContext,
  rig: RampIngestRig,
  before: Awaited<ReturnType<typeof measuredOutcome>>,
): Promise<number> {
  const started = performance.now();
  const first = rig.windows[0]!;
  const partsBefore = await rampParts(rig);
  await rig.requestWindows([{ from: first.from - 3_600_000, to: first.to }]);
  let partsAfter = 0;
  await until(ctx, 'the overlapping window is published', async () => {
    const [r] = await rig.ramp.sql()<{ n: number }[]>`
      select count(*)::int as n from sync_requests where status = 'done'`;
    if (r!.n < rig.windows.length + 1) return false;
    partsAfter = await rampParts(rig);
    return true;
  });
  await until(ctx, 'spend handled the overlapping window', async () => {
    const [h] = await rig.spend.sql()<{ n: number }[]>`
      select count(*)::int as n from inbox where consumer = ${IMPORT_CONSUMER}`;
    return h!.n >= partsAfter;
  });
  const after = await measuredOutcome(rig);
  if (partsAfter === partsBefore || JSON.stringify(after) !== JSON.stringify(before))
    throw new Error(`ramp-ingest: an overlapping window changed spend: ${JSON.stringify({ before, after })}`);
  return performance.now() - started;
}

const rampParts = async (rig: RampIngestRig) =>
  (
    await rig.ramp.sql()<{ n: number }[]>`
      select count(*)::int as n from outbox where type = 'integrations.ramp.RampTransactionsFetched'`
  )[0]!.n;

const ms = (n: number) => `${(n / 1000).toFixed(1)} s`;
