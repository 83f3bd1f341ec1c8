import { randomUUID } from 'node:crypto';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import { commandMessageId } from '@playbook/bus/ids';
import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { SyncWorker } from '@playbook/connector-kit/sync-worker';
import { windowsBetween, type Window } from '@playbook/connector-kit/window';
import { rampDefinition } from '@playbook/ramp/definition';
import { generatedSource, rampSandbox } from '@playbook/ramp/sandbox';
import type { Service } from '@playbook/service-kit/service';
import { definition as spend } from '@playbook/spend/definition';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import type { BenchContext } from './scenario.ts';

export const RAMP_ORG = 'org-ramp-bench';
const CLIENT = 'client-ramp-bench';
/** The day the generated charges start; they spread over RANGE_DAYS. */
const T0 = Date.parse('2026-01-01T00:00:00Z');
const RANGE_DAYS = 60;
const DAY = 86_400_000;

/** Demo-like events the charges are tagged to, each with two BOM lines (spend passes the line on). */
const EVENTS = ['Summit', 'Roadshow Berlin', 'Roadshow Austin', 'Partner Day', 'Launch Party', 'Offsite'].map(
  (name, i) => ({ eventId: `event-ramp-${i + 1}`, name }),
);
export const TAGS = EVENTS.flatMap(({ eventId }) => [
  { eventId, bomLineId: `${eventId}-line-travel` },
  { eventId, bomLineId: `${eventId}-line-catering` },
]);

export interface RampIngestRig {
  world: TestWorld;
  sandbox: ReturnType<typeof rampSandbox>;
  integrations: Service;
  ramp: Service;
  spend: Service;
  worker: SyncWorker;
  windows: Window[];
  /** Publishes one SyncWindowRequested per window (one transaction), as an admin asking for a backfill. */
  requestWindows(windows: Window[]): Promise<void>;
}

/**
 * The Ramp sandbox serving `count` generated charges (built when a page asks for them), the Ramp
 * connector, spend, and stand-ins for events (the scope tree spend allocates against) and
 * integrations (which asks for windows), on a world of their own.
 */
export async function startRampIngest(
  ctx: BenchContext,
  o: { count: number; windows: number; pageSize: number; syncConcurrency: number },
): Promise<RampIngestRig> {
  const sandbox = rampSandbox({
    source: generatedSource({ count: o.count, from: T0, to: T0 + RANGE_DAYS * DAY, tags: TAGS, prefix: 'bench' }),
  });
  const server: RunningSandbox = await serveSandbox(sandbox.app);
  ctx.cleanup.add('ramp sandbox', () => server.stop());
  const world = await createTestWorld('bench-ramp', { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' });
  ctx.cleanup.add('ramp-ingest world', () => world.dispose());

  const events = await world.start({ name: 'events' });
  const integrations = await world.start({ name: 'integrations' });
  const spendService = await world.start(spend);
  let worker: SyncWorker | undefined;
  const ramp = await world.start(
    rampDefinition({
      env: {
        RAMP_BASE_URL: server.url,
        RAMP_PAGE_SIZE: String(o.pageSize),
        RAMP_SYNC_INTERVAL_MS: '50',
        RAMP_SYNC_CONCURRENCY: String(o.syncConcurrency),
      },
      onWorker: (w) => (worker = w),
    }),
  );

  await publishAll(
    events,
    EVENTS.map(({ eventId, name }) => ({
      type: 'events.EventCreated',
      key: eventId,
      scope: { orgId: RAMP_ORG, clientId: CLIENT, eventId },
      payload: {
        eventId,
        clientId: CLIENT,
        name,
        startsOn: '2026-03-10',
        endsOn: '2026-03-12',
        timezone: 'UTC',
        status: 'planning',
      },
    })),
  );
  await until(ctx, 'spend knows the events', async () => {
    const [row] = await spendService.sql()`select count(*)::int as n from access_scope_nodes where kind = 'event'`;
    return row!.n >= EVENTS.length;
  });

  const windows = windowsBetween(T0, T0 + RANGE_DAYS * DAY, Math.ceil((RANGE_DAYS * DAY) / o.windows));
  const requestWindows = (asked: Window[]) =>
    publishAll(
      integrations,
      asked.map((w) => ({
        type: 'integrations.SyncWindowRequested',
        key: 'ramp',
        scope: { orgId: RAMP_ORG },
        payload: {
          requestId: randomUUID(),
          system: 'ramp',
          dataset: 'transactions',
          windowFrom: w.from,
          windowTo: w.to,
          requestedBy: 'bench-admin',
        },
      })),
    );
  return { world, sandbox, integrations, ramp, spend: spendService, worker: worker!, windows, requestWindows };
}

/** Publishes facts as `service` would, in one transaction through its outbox. */
async function publishAll(service: Service, facts: EventInput<EventType>[]): Promise<void> {
  const key = randomUUID();
  await service.sql().begin(async (tx) => {
    const { publisher, flush } = service.bus().uow.deferredPublisher(tx, {
      correlationId: randomUUID(),
      causationId: null,
      actor: { kind: 'user', id: 'bench-admin', displayName: null },
      messageIdFor: (type, index) => commandMessageId(service.name, key, type, index),
    });
    for (const fact of facts) await publisher.publish(fact);
    await flush();
  });
}

/** Polls `done` every 100 ms until it holds; fails past the run's deadline. */
export async function until(ctx: BenchContext, what: string, done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) {
    if (Date.now() > ctx.deadline) throw new Error(`ramp-ingest: out of time waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
