import { allCaughtUp } from '@playbook/bus-kafka/settle';
import { createKafka } from '@playbook/bus-kafka/kafka';
import { MODULES } from '@playbook/launcher/modules';
import { createLogger } from '@playbook/telemetry/logger';
import { rolesGranting, type ScopeKind } from '@playbook/service-kit/permissions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlice, type Slice } from '../support/slice.ts';
import { arrangePrincipals, arrangeRecords, type MatrixPrincipal } from './matrix-world.ts';
import { EXPECTATIONS, type Expectation, type Records } from './permission-expectations.ts';
import { differences, stateSnapshots } from './state-snapshot.ts';
import { routesOf, type Route } from './routes.ts';

/**
 * The permission matrix, generated: every route every module documents at /openapi.json × every
 * role at every grant scope, an admin of another organization and a deactivated admin. Each gets
 * the outcome the catalog's matrix says, and every refusal leaves every database as it was (no
 * state, no outbox row, no audit entry, no idempotency record).
 */
let slice: Slice;
let routes: Route[];
let principals: MatrixPrincipal[];
let records: Records;

beforeAll(async () => {
  // Time-driven work must not act between a settled snapshot and the check of the refusals after it:
  // Domo's debounced push (every 60 s) once pushed the changes of an earlier route in the middle of
  // another's refusals ("completeEngagement: refusals changed …domo_budgets…"); work's overdue flagger
  // flagged an item in the middle of createClient's ("…work_items, ai runs…"); approvals' escalation
  // check runs every 60 s too. None is what this test is about; all are pushed out of its way.
  slice = await startSlice('modulith', {
    env: {
      DOMO_PUSH_INTERVAL_MS: '3600000',
      APPROVALS_ESCALATION_CHECK_MS: '3600000',
      WORK_OVERDUE_CHECK_MS: '3600000',
    },
  });
  routes = [];
  for (const m of MODULES) routes.push(...(await routesOf(m.name, slice.url(m.name))));
  principals = await arrangePrincipals(slice);
  records = await arrangeRecords(slice);
}, 240_000);
afterAll(() => slice?.dispose());

type Outcome = 'allowed' | 403 | 404;

function covers(e: Expectation, p: MatrixPrincipal, at: ScopeKind): boolean {
  if (p.scope === 'other-org' || p.scope === 'deactivated') return false;
  if (p.scope === 'org' || e.readers === 'any-member') return true;
  if (e.readers === 'event-grants' && p.scope !== 'other-client') return true;
  return (p.scope === 'client' && at !== 'org') || (p.scope === 'event' && at === 'event');
}

function expected(e: Expectation, route: Route, p: MatrixPrincipal): { outcome: Outcome; sees: boolean } {
  const at = e.approver ? (records.approverScope as ScopeKind) : e.at;
  const sees = covers(e, p, at);
  if (e.kind === 'list') return { outcome: 'allowed', sees };
  if (p.scope === 'other-org')
    return {
      outcome: e.kind === 'own-org' && (!route.hasParams || e.everyOrg) && !e.refers ? 'allowed' : 404,
      sees: false,
    };
  if (p.scope === 'deactivated') return { outcome: 403, sees: false };
  const roles: string[] = e.approver ? ['admin', records.approverRole!] : rolesGranting(e.permission, at);
  return { outcome: sees && roles.includes(p.role) ? 'allowed' : 403, sees };
}

/** Whether a list answer holds the record: an item whose own field is the record's id. */
function holds(text: string, field: string, id: string): boolean {
  const items = (JSON.parse(text) as { items?: Record<string, unknown>[] }).items ?? [];
  return items.some((item) => item[field] === id);
}

/** Run last: they change the demo event and budget every other route is aimed at. */
const LAST = ['lockBudget', 'cancelEvent'];

describe('the permission matrix, generated from every module’s OpenAPI document', () => {
  it('has an expectation for every route, and no expectation without a route', () => {
    const ids = routes.map((r) => r.operationId);
    expect(
      ids.filter((id) => !EXPECTATIONS[id]),
      'routes without an entry in permission-expectations.ts',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTATIONS).filter((id) => !ids.includes(id)),
      'entries without a route',
    ).toEqual([]);
  });

  it('gives every route × principal its expected outcome, and refusals change nothing anywhere', async () => {
    const admin = createKafka({
      clientId: 'matrix-settle',
      brokers: process.env.KAFKA_BROKERS!.split(','),
      log: createLogger('matrix', 'warn'),
    }).admin();
    await admin.connect();
    // The slice's consumer groups (every service that subscribes to something), asked once.
    const groups = (await admin.listGroups()).groups
      .map((g) => g.groupId)
      .filter((g) => g.startsWith(`${slice.namespace}.`));
    const snapshots = stateSnapshots(process.env.DATABASE_URL!, slice.schemas, () => allCaughtUp(admin, groups));
    const mismatches: string[] = [];
    let cases = 0;
    let n = 0;
    const ordered = [...routes].sort((a, b) => LAST.indexOf(a.operationId) - LAST.indexOf(b.operationId));
    try {
      for (const route of ordered) {
        const e = EXPECTATIONS[route.operationId]!;
        const plan = principals.map((p) => ({ p, ...expected(e, route, p) }));
        const before = await snapshots.settled();
        // A request reaches one module, which can write only to its own schema (its events too, in its outbox).
        const own = [slice.schemaOf(route.module)];
        let succeeded = false;
        let wrote = false;
        // Refusals first, all against an untouched record; then the callers who may.
        for (const { p, outcome, sees } of [...plan].sort(
          (a, b) => Number(a.outcome === 'allowed') - Number(b.outcome === 'allowed'),
        )) {
          if (outcome === 'allowed' && plan.some((x) => x.outcome !== 'allowed') && !succeeded) {
            const changed = differences(before, await snapshots.take(own));
            if (changed.length) mismatches.push(`${route.operationId}: refusals changed ${changed.join(', ')}`);
            succeeded = true; // the snapshot is taken once
          }
          cases++;
          const answer = await route.call(p.token, e.body?.(records, n++), records, `matrix-${n}`);
          if (outcome === 'allowed' && answer.status < 300) wrote = true;
          const problem = answer.status >= 400 && answer.type !== 'application/problem+json';
          const ok =
            outcome === 'allowed'
              ? (answer.status < 300 || [409, 422].includes(answer.status) || (e.consumes && answer.status === 404)) &&
                (!e.shows || answer.status !== 200 || holds(answer.text, e.shows, records[e.shows]!) === sees)
              : answer.status === outcome;
          if (!ok || problem)
            mismatches.push(
              `${route.operationId} as ${p.label}: expected ${outcome}${e.shows ? `${sees ? ' showing' : ' hiding'} the record` : ''}, got ${answer.status} ${answer.text.slice(0, 160)}`,
            );
        }
        // The snapshot must see what an allowed command wrote, or its silence above proves nothing.
        if (
          route.method !== 'GET' &&
          !e.readsOnly &&
          wrote &&
          differences(before, await snapshots.settled()).length === 0
        )
          mismatches.push(`${route.operationId}: an allowed command changed nothing the snapshot sees`);
        if (plan.every((x) => x.outcome !== 'allowed')) {
          const changed = differences(before, await snapshots.take(own));
          if (changed.length) mismatches.push(`${route.operationId}: refusals changed ${changed.join(', ')}`);
        }
      }
    } finally {
      await admin.disconnect();
      await snapshots.end();
    }
    console.log(
      `permission matrix: ${cases} cases over ${routes.length} routes × ${principals.length} principals; ${mismatches.length} mismatches`,
    );
    expect(mismatches).toEqual([]);
  }, 300_000);
});
