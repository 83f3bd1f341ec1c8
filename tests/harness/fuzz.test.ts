import { MODULES } from '@playbook/launcher/modules';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../support/harness.ts';
import { type FuzzRequest, requestsFor } from './fuzz-requests.ts';
import { type Route, routesOf } from './routes.ts';
import type { JsonSchema } from './schema-arbitrary.ts';
import { differences, stateSnapshots } from './state-snapshot.ts';

/**
 * Every route of every module, fuzzed from its own OpenAPI document with fast-check. Invariant: never
 * a 5xx, always problem+json on a 4xx, and a refused request leaves every database as it was.
 * A fixed seed in `npm test`; FUZZ_RUNS=5000 (and FUZZ_SEED) for a longer run on demand.
 */
const ORG = 'org-fuzz';
const RUNS = Number(process.env.FUZZ_RUNS ?? 400);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
let world: World;
let authorization: string;
const targets: { route: Route; service: Service; components: Record<string, JsonSchema> }[] = [];
const pool: string[] = [];

beforeAll(async () => {
  world = await createWorld('fuzz');
  authorization = await world.bearer({ id: 'fuzzer', orgId: ORG });
  // Started side by side (each start is mostly waiting on its database and its consumer group), then
  // their routes are collected in the modules' order.
  const services = await Promise.all(MODULES.map(async (m) => world.start(await m.load(process.env))));
  for (const [i, m] of MODULES.entries()) {
    const service = services[i]!;
    await accessProjection.grant(service.sql(), {
      grantId: 'g-fuzzer',
      principalId: 'fuzzer',
      role: 'admin',
      scope: { orgId: ORG },
    });
    const document = (await (await service.app.request('/openapi.json')).json()) as {
      components?: { schemas?: Record<string, JsonSchema> };
    };
    const components = document.components?.schemas ?? {};
    const baseUrl = 'http://fuzz.local';
    for (const route of await routesOf(m.name, baseUrl, (url, init) =>
      service.app.request(url.replace(baseUrl, ''), init),
    ))
      targets.push({ route, service, components });
  }
}, 180_000);
afterAll(() => world?.dispose());

/** Ids from answers (any string field named …Id), so later requests reach records that exist. */
function harvest(value: unknown): void {
  if (Array.isArray(value)) for (const item of value) harvest(item);
  else if (value && typeof value === 'object')
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && /Id$|^id$/.test(key) && !pool.includes(v) && pool.length < 500) pool.push(v);
      else harvest(v);
    }
}

describe('every route, fuzzed', () => {
  it('never answers 5xx, always problem+json on 4xx, and a refusal writes nothing', async () => {
    const schemaOf = (module: string) => `${module.replaceAll('.', '_')}_${world.namespace.replaceAll('-', '_')}`;
    const snapshots = stateSnapshots(
      process.env.DATABASE_URL!,
      MODULES.map((m) => schemaOf(m.name)),
    );
    const failures = new Map<string, string>();
    const statuses = new Map<number, number>();
    let tried = 0;
    let lastSucceeded = true; // then wait for what it caused to settle before the next snapshot
    const send = async (target: (typeof targets)[number], r: FuzzRequest) => {
      // A request reaches one module, which can write only to its own schema (its events too, in its outbox).
      const own = [schemaOf(target.route.module)];
      const before = lastSucceeded ? await snapshots.settled() : await snapshots.take(own);
      const response = await target.service.app.request(`${r.path}${r.query}`, {
        method: r.method,
        headers: { authorization, ...(r.contentType ? { 'content-type': r.contentType } : {}) },
        ...(r.body === undefined ? {} : { body: r.body }),
      });
      tried++;
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const text = await response.text();
      const where = `${target.route.operationId} (${r.kind})`;
      const fail = (why: string) =>
        failures.has(`${where} ${why}`) ||
        failures.set(
          `${where} ${why}`,
          `${r.method} ${r.path}${r.query} ${(r.body ?? '').slice(0, 200)} → ${response.status} ${text.slice(0, 200)}`,
        );
      lastSucceeded = response.status < 400;
      if (response.status >= 500) fail(`answered ${response.status}`);
      if (response.status >= 400 && response.headers.get('content-type') !== 'application/problem+json')
        fail('4xx without problem+json');
      if (response.status >= 400) {
        const changed = differences(before, await snapshots.take(own));
        if (changed.length) fail(`refused yet changed ${changed.join(', ')}`);
      } else if (text) harvest(JSON.parse(text));
    };
    try {
      const arbitrary = fc.oneof(
        ...targets.map((t) => requestsFor(t.route, t.components, () => pool).map((r) => ({ t, r }))),
      );
      await fc.assert(
        fc.asyncProperty(arbitrary, async ({ t, r }) => send(t, r)),
        { seed: SEED, numRuns: RUNS },
      );
      // The same on every command route, once each: a 10 MB body, and a 100 kB query string.
      for (const t of targets) {
        const base = { method: t.route.method, path: t.route.path.replaceAll(/\{[^}]+\}/g, 'x'), query: '' };
        if (t.route.method !== 'GET')
          await send(t, {
            ...base,
            kind: '10 MB body',
            contentType: 'application/json',
            body: JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) }),
          });
        else await send(t, { ...base, kind: '100 kB query', query: `?q=${'x'.repeat(100_000)}` });
      }
    } finally {
      await snapshots.end();
    }
    console.log(
      `fuzz: ${tried} requests over ${targets.length} routes (seed ${SEED}, ${RUNS} runs); statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${failures.size} distinct failures`,
    );
    expect([...failures].map(([what, example]) => `${what}: ${example}`)).toEqual([]);
  }, 600_000);
});
