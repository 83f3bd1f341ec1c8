import { join } from 'node:path';
import { createLogger } from '@playbook/telemetry/logger';
import { initTelemetry, shutdownTelemetry } from '@playbook/telemetry/tracing';
import { requireInfraEnv } from '@playbook/testing/infra';
import { baselineScenario } from './baseline-bench.ts';
import { busScenario } from './bus-bench.ts';
import { busStagesScenario } from './bus-stages-bench.ts';
import { fanoutScenario } from './fanout-bench.ts';
import { searchScenario } from './search-bench.ts';
import { rampIngestScenario } from './ramp-ingest-bench.ts';
import { Cleanup, errorMessage, withTimeout } from './cleanup.ts';
import { describeEnvironment, REPO_ROOT } from './environment.ts';
import { compare, formatReport, writeReport, type Report } from './report.ts';
import type { BenchContext, BenchParams, ResultRow, Scenario } from './scenario.ts';

/** Every scenario, run in this order on the same broker. Add new ones here. */
const SCENARIOS: Scenario[] = [
  busScenario,
  busStagesScenario,
  baselineScenario,
  fanoutScenario,
  searchScenario,
  rampIngestScenario,
];

const USAGE = `npm run bench [-- --quick] [-- --help]    (knobs are environment variables; see tools/bench/README.md)
  BENCH_SCENARIOS=${SCENARIOS.map((s) => s.name).join(',')}   which scenarios (default all)
  BENCH_RAMP_TRANSACTIONS=1000000   ramp-ingest size; --quick makes it 20000
  BENCH_RAMP_WINDOWS=(one per 10,000) BENCH_RAMP_SYNC_CONCURRENCY=2 BENCH_RAMP_PAGE_SIZE=1000
  BENCH_RAMP_RELAY_WAIT_S=300   how long ramp-ingest waits, after the import, for spend's events to reach Kafka
  BENCH_BUDGET_S   the whole run's time budget (default 330 s, plus each selected scenario's own)`;
if (process.argv.includes('--help')) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (process.argv.includes('--quick')) process.env.BENCH_RAMP_TRANSACTIONS ??= '20000';

const started = Date.now();
const cleanup = new Cleanup();
const progress = (message: string) =>
  process.stderr.write(`[bench +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}\n`);

function intFromEnv(name: string, fallback: number, min = 1): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function readParams(): BenchParams {
  return {
    events: intFromEnv('BENCH_EVENTS', 20_000),
    txBatch: intFromEnv('BENCH_TX_BATCH', 100),
    rate: intFromEnv('BENCH_RATE', 500),
    highRate: intFromEnv('BENCH_HIGH_RATE', 1000),
    durationS: intFromEnv('BENCH_DURATION_S', 10),
    tickMs: intFromEnv('BENCH_TICK_MS', 20),
    partitions: intFromEnv('BENCH_PARTITIONS', 3),
    keys: intFromEnv('BENCH_KEYS', 64),
    fanoutRate: intFromEnv('BENCH_FANOUT_RATE', 20),
    fanoutDurationS: intFromEnv('BENCH_FANOUT_DURATION_S', 15),
    fanoutPollMs: intFromEnv('BENCH_FANOUT_POLL_MS', 50),
    fanoutModes: (process.env.BENCH_FANOUT_MODES ?? 'modulith,processes')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function selectScenarios(): Scenario[] {
  const wanted = process.env.BENCH_SCENARIOS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!wanted?.length) return SCENARIOS;
  const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length)
    throw new Error(`unknown scenario(s) ${unknown.join(', ')}; known: ${SCENARIOS.map((s) => s.name).join(', ')}`);
  return SCENARIOS.filter((s) => wanted.includes(s.name));
}

function infraEnv() {
  const missing = ['DATABASE_URL', 'KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `${missing.join(', ')} not set: run \`npm run bench\` from the repo root (it starts the local infrastructure ` +
        'and sets them), or `set -a; . .playbook/env; set +a` before `npm run bench --workspace @playbook/bench`',
    );
  }
  return requireInfraEnv();
}

async function main(): Promise<number> {
  const params = readParams();
  const scenarios = selectScenarios();
  const budgetMs = intFromEnv('BENCH_BUDGET_S', 330 + scenarios.reduce((sum, s) => sum + (s.budgetS ?? 0), 0)) * 1000;
  const env = infraEnv();
  initTelemetry({ serviceName: 'bench' }); // as in a service: spans and propagation on, nothing exported

  // Last resort if something hangs past every bounded wait: clean up what we can, then exit 1.
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench FAILED: still running ${budgetMs / 1000 + 25} s after start; giving up\n`);
    void withTimeout(cleanup.runAll(5000), 15_000, 'cleanup').finally(() => process.exit(1));
  }, budgetMs + 25_000);

  const ctx: BenchContext = {
    env,
    params,
    log: createLogger('bench', process.env.LOG_LEVEL ?? 'error'),
    cleanup,
    deadline: started + budgetMs,
    progress,
  };
  const results: ResultRow[] = [];
  try {
    const environment = await describeEnvironment(env);
    progress(
      `${environment.cpus} CPU cores, node ${environment.node}, Kafka ${environment.kafka}; scenarios: ${scenarios.map((s) => s.name).join(', ')}`,
    );
    for (const scenario of scenarios) {
      progress(`${scenario.name}: ${scenario.description}`);
      try {
        results.push(...(await scenario.run(ctx)));
      } catch (error) {
        throw new Error(`scenario "${scenario.name}" could not complete: ${errorMessage(error)}`, { cause: error });
      } finally {
        // Each scenario leaves nothing running behind it, so the next one has the machine to itself.
        await cleanup.runAll();
      }
    }
    const report: Report = {
      benchmark: 'bus',
      environment,
      parameters: params,
      results,
      comparison: compare(results),
      cleanupFailures: cleanup.failures,
    };
    const file = await writeReport(join(REPO_ROOT, 'bench-results'), report);
    process.stdout.write(`\n${formatReport(report)}\n\nresults: ${file} (and bench-results/latest.json)\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`\nbench FAILED: ${errorMessage(error)}\n`);
    if (results.length)
      process.stderr.write(
        `completed before the failure: ${JSON.stringify(results.map((r) => `${r.scenario}/${r.mode}`))}\n`,
      );
    if (cleanup.failures.length) process.stderr.write(`cleanup failures: ${cleanup.failures.join('; ')}\n`);
    return 1;
  } finally {
    await cleanup.runAll();
    clearTimeout(watchdog);
    await shutdownTelemetry().catch(() => {});
  }
}

// A crash anywhere (e.g. inside a client library) still ends with a clear message and exit code 1.
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error: unknown) => {
    process.stderr.write(
      `bench FAILED (${event}): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    void withTimeout(cleanup.runAll(5000), 15_000, 'cleanup').finally(() => process.exit(1));
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bench FAILED: ${errorMessage(error)}\n`);
    process.exit(1);
  },
);
