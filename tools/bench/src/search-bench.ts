import { randomUUID } from 'node:crypto';
import type { EventInput, EventType } from '@playbook/bus/envelope';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Role } from '@playbook/service-kit/permissions';
import type { Service } from '@playbook/service-kit/service';
import { createTestWorld } from '@playbook/testing/world';
import { definition } from '@playbook/search/definition';
import type { BenchContext, ResultRow, Scenario } from './scenario.ts';
import { clientOf, eventId, QUERIES, SEARCH_ORG, searchFacts } from './search-records.ts';
import { summarize } from './stats.ts';

const RECORDS = Number(process.env.BENCH_SEARCH_RECORDS ?? 100_000);
const CONCURRENCY = Number(process.env.BENCH_SEARCH_CONCURRENCY ?? 8);
const QUERY_S = Number(process.env.BENCH_SEARCH_DURATION_S ?? 10);

export const searchScenario: Scenario = {
  name: 'search',
  description: `search: index ${RECORDS} records from the topics (a fresh consumer group = a rebuild), then GET /search under ${CONCURRENCY} concurrent callers`,
  run: runSearch,
};

async function runSearch(ctx: BenchContext): Promise<ResultRow[]> {
  const world = await createTestWorld('bench-search', { LOG_LEVEL: 'error' });
  ctx.cleanup.add('search world', () => world.dispose());
  const upstream = await world.start({ name: 'upstream' });
  ctx.progress(`search: publishing ${RECORDS} facts`);
  await publishAll(upstream, searchFacts(RECORDS));
  await until(
    ctx,
    async () => Number((await upstream.sql()`select count(*) from outbox where published_at is null`)[0]!.count) === 0,
  );

  ctx.progress('search: indexing from the topics');
  const started = performance.now();
  const search = await world.start(definition);
  let indexed = 0;
  await until(ctx, async () => {
    indexed = Number((await search.sql()`select count(*) from documents`)[0]!.count);
    return indexed >= RECORDS;
  });
  const indexMs = performance.now() - started;

  const callers = await grantCallers(world, search);
  const rows: ResultRow[] = [
    {
      scenario: 'search',
      mode: 'throughput',
      events: indexed,
      offeredRate: null,
      achievedRate: indexed / (indexMs / 1000),
      elapsedMs: indexMs,
      latency: summarize([]),
      extra: {},
      notes: ['index: service start → every record searchable'],
    },
  ];
  for (const concurrency of [1, CONCURRENCY]) {
    ctx.progress(`search: ${concurrency} concurrent caller(s) for ${QUERY_S} s`);
    rows.push(await queryLoad(search, callers, concurrency));
  }
  return rows;
}

async function queryLoad(search: Service, callers: string[], concurrency: number): Promise<ResultRow> {
  const latencies: number[] = [];
  const hits: number[] = [];
  const end = performance.now() + QUERY_S * 1000;
  let n = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const i = n++;
        const q = QUERIES[i % QUERIES.length]!;
        const caller = callers[i % callers.length]!;
        const t0 = performance.now();
        const res = await search.app.request(`/search?${new URLSearchParams({ q, limit: '20' })}`, {
          headers: { authorization: caller },
        });
        const body = (await res.json()) as { items: unknown[] };
        latencies.push(performance.now() - t0);
        if (res.status !== 200) throw new Error(`GET /search answered ${res.status}`);
        hits.push(body.items.length);
      }
    }),
  );
  return {
    scenario: 'search',
    mode: 'latency',
    events: latencies.length,
    offeredRate: null,
    achievedRate: latencies.length / QUERY_S,
    elapsedMs: QUERY_S * 1000,
    latency: summarize(latencies),
    extra: { concurrency, meanHits: hits.reduce((a, b) => a + b, 0) / Math.max(1, hits.length) },
    notes: [`${concurrency} caller(s) in-process (app.request); ${QUERIES.length} texts × org/client/event callers`],
  };
}

async function grantCallers(world: Awaited<ReturnType<typeof createTestWorld>>, search: Service): Promise<string[]> {
  const people: [string, Role, { clientId?: string; eventId?: string }][] = [
    ['bench-admin', 'admin', {}],
    ['bench-finance', 'finance', { clientId: clientOf(3) }],
    ['bench-producer', 'producer', { clientId: clientOf(0), eventId: eventId(0) }],
  ];
  const tokens: string[] = [];
  for (const [who, role, scope] of people) {
    await accessProjection.grant(search.sql(), {
      grantId: `g-${who}`,
      principalId: who,
      role,
      scope: { orgId: SEARCH_ORG, ...scope },
    });
    tokens.push(await world.bearer({ id: who, orgId: SEARCH_ORG }));
  }
  return tokens;
}

async function publishAll(service: Service, facts: Iterable<EventInput<EventType>>): Promise<void> {
  let batch: EventInput<EventType>[] = [];
  const flush = async () => {
    await service.sql().begin(async (tx) => {
      const publisher = service.bus().uow.publisher(tx, {
        correlationId: randomUUID(),
        causationId: null,
        actor: { kind: 'user', id: 'bench', displayName: null },
        messageIdFor: () => randomUUID(),
      });
      for (const fact of batch) await publisher.publish(fact);
    });
    batch = [];
  };
  for (const fact of facts) {
    batch.push(fact);
    if (batch.length === 1000) await flush();
  }
  if (batch.length) await flush();
}

async function until(ctx: BenchContext, done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) {
    if (Date.now() > ctx.deadline) throw new Error('search: out of time');
    await new Promise((r) => setTimeout(r, 250));
  }
}
