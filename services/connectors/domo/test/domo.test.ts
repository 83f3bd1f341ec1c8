import { type RunningSandbox, serveSandbox } from '@playbook/connector-kit/sandbox';
import type { PeriodicWorker } from '@playbook/service-kit/periodic-worker';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { publishThrough } from '@playbook/testing/stand-ins';
import { createTestWorld, type TestWorld } from '@playbook/testing/world';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domoDefinition } from '../src/definition.ts';
import { domoSandbox } from '../src/sandbox/sandbox.ts';

const ORG = 'org-domo';
const SECRET = 'domo-test-secret-1a2b3c4d5e6f';
const sandbox = domoSandbox({ clientSecret: SECRET });
let server: RunningSandbox;
let world: TestWorld;
let budget: Service;
let domo: Service;
let worker: PeriodicWorker;

beforeAll(async () => {
  server = await serveSandbox(sandbox.app);
  world = await createTestWorld('domo');
  budget = await world.start({ name: 'budget' });
  const env = {
    DOMO_BASE_URL: server.url,
    DOMO_CLIENT_SECRET: SECRET,
    DOMO_PUSH_INTERVAL_MS: '3600000',
    DOMO_RETRY_BASE_MS: '5',
    DOMO_MAX_RETRIES: '6',
    DOMO_BACKOFF_BASE_MS: '0',
  };
  domo = await world.start(domoDefinition({ env, onWorker: (w) => (worker = w) }));
}, 90_000);
afterAll(async () => {
  await world?.dispose();
  await server?.stop();
});

const scopeOf = (eventId: string) => ({ orgId: ORG, clientId: 'client-1', eventId });
const base = (eventId: string) => ({ budgetId: `b-${eventId}`, eventId, clientId: 'client-1' });
let published = 0;
/** Publishes budget facts through the budget stand-in and waits until the connector projected them. */
async function budgetFacts(...facts: { type: string; eventId: string; payload: object }[]) {
  for (const f of facts)
    await publishThrough(budget, {
      type: f.type as 'budget.BudgetCreated',
      key: `b-${f.eventId}`,
      scope: scopeOf(f.eventId),
      payload: { ...base(f.eventId), ...f.payload } as never,
    });
  published += facts.length;
  await eventually(
    async () =>
      expect((await domo.sql()`select 1 from inbox where consumer = 'project-budget-when-budget-changed'`).length).toBe(
        published,
      ),
    { timeoutMs: 30_000 },
  );
}
const line = (eventId: string, lineId: string, category: string, plannedMinor: number) => ({
  type: 'budget.BomLineAdded',
  eventId,
  payload: {
    lineId,
    category,
    description: `${category} for ${eventId}`,
    quantity: 1,
    unitCostMinor: plannedMinor,
    currency: 'USD',
    plannedMinor,
    vendorId: null,
    status: 'estimate',
    addedBy: 'producer',
  },
});
const created = (eventId: string) => ({
  type: 'budget.BudgetCreated',
  eventId,
  payload: { currency: 'USD', unassignedLineId: `un-${eventId}`, createdBy: 'producer', origin: 'explicit' },
});
const pushes = () =>
  domo.sql()<
    { payload: any }[]
  >`select payload from outbox where type = 'integrations.domo.DomoDatasetPushed' order by seq`;
const dataset = () => [...sandbox.datasets.values()];
const rowOf = (lineId: string) => dataset()[0]!.data.find((r) => r[3] === lineId);

describe('the Domo connector', () => {
  it('creates the DataSet once with its schema and pushes one row per event × BOM line', async () => {
    await budgetFacts(
      created('event-a'),
      line('event-a', 'l-av', 'av', 1_000_000),
      line('event-a', 'l-cat', 'catering', 400_000),
      {
        type: 'budget.BomLineSpendRecorded',
        eventId: 'event-a',
        payload: {
          lineId: 'l-av',
          requestedLineId: 'l-av',
          change: 'committed',
          sourceType: 'purchase-order',
          sourceId: 'po-1',
          amountMinor: 600_000,
          currency: 'USD',
          lineCommittedMinor: 600_000,
          lineActualMinor: 0,
          plannedMinor: 1_400_000,
          committedMinor: 600_000,
          actualMinor: 0,
        },
      },
      created('event-b'),
      line('event-b', 'l-venue', 'venue', 2_500_000),
    );
    expect(await worker.runOnce()).toHaveLength(1);
    expect(dataset()).toHaveLength(1);
    const [d] = dataset();
    expect(d!.name).toBe(`Playbook budget vs actual (${ORG})`);
    expect(d!.schema.columns.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Event', 'BOM line', 'Category', 'Budgeted', 'Committed', 'Actual']),
    );
    expect(d!.data).toHaveLength(5);
    expect(rowOf('l-av')!.slice(0, 12)).toEqual([
      'event-a',
      'client-1',
      'b-event-a',
      'l-av',
      'av',
      'av for event-a',
      'estimate',
      'USD',
      '10000.00',
      '6000.00',
      '0.00',
      '4000.00',
    ]);
    expect(rowOf('un-event-b')!.slice(4, 5)).toEqual(['unassigned']);
    const [p] = await pushes();
    expect(p!.payload.payload).toMatchObject({ created: true, rows: 5, events: 2, datasetId: d!.id });
    expect(p!.payload.payload.changedEvents.sort()).toEqual(['event-a', 'event-b']);
    expect(p!.payload.counts).toMatchObject({ rows: 5, events: 2, changedEvents: 2 });
    expect(p!.payload.diagnostics).toMatchObject({ apiCalls: 4, pages: 1, retries: 0 });
    // Nothing changed: nothing pushed.
    expect(await worker.runOnce()).toEqual([]);
  });

  it('after a budget change, replaces the rows (never appends) through 429s and 5xx, with the counts', async () => {
    await budgetFacts(
      {
        type: 'budget.BomLineRevised',
        eventId: 'event-a',
        payload: {
          lineId: 'l-cat',
          category: 'catering',
          description: 'Lunch for 300',
          quantity: 300,
          unitCostMinor: 2_000,
          currency: 'USD',
          plannedMinor: 600_000,
          previousPlannedMinor: 400_000,
          deltaMinor: 200_000,
          vendorId: null,
          reason: 'headcount',
          revisedBy: 'producer',
          signOffRequired: false,
          signOffThresholdMinor: null,
          status: 'quoted',
        },
      },
      {
        type: 'budget.BudgetThresholdCrossed',
        eventId: 'event-a',
        payload: {
          thresholdPercent: 80,
          currency: 'USD',
          plannedMinor: 1_600_000,
          committedMinor: 1_300_000,
          actualMinor: 0,
          usedPercent: 81.25,
          trigger: 'commitment',
        },
      },
    );
    sandbox.faults.set({ rateLimitEvery: 2, retryAfterSeconds: 0, failPage: 1, failTimes: 2, failStatus: 502 });
    expect(await worker.runOnce()).toHaveLength(1);
    sandbox.faults.set({});
    const [d] = dataset();
    expect(dataset()).toHaveLength(1);
    expect(d!.imports).toBe(2);
    expect(d!.data).toHaveLength(5);
    expect(rowOf('l-cat')!.slice(5, 13)).toEqual([
      'Lunch for 300',
      'quoted',
      'USD',
      '6000.00',
      '0.00',
      '0.00',
      '6000.00',
      '80',
    ]);
    const p = (await pushes()).at(-1)!.payload;
    expect(p.payload).toMatchObject({ created: false, rows: 5, events: 2, changedEvents: ['event-a'] });
    expect(p.diagnostics.rateLimitUnits).toBeGreaterThan(0);
    expect(p.diagnostics.retries).toBeGreaterThanOrEqual(2 + p.diagnostics.rateLimitUnits);
  });

  it('a push failing its retries is kept due and backs off; the next pass replaces the rows once', async () => {
    await budgetFacts({
      type: 'budget.BomLineRemoved',
      eventId: 'event-b',
      payload: { lineId: 'l-venue', plannedMinor: 2_500_000, currency: 'USD', reason: null, removedBy: 'producer' },
    });
    sandbox.faults.set({ failPage: 1, failTimes: 1000 });
    expect(await worker.runOnce()).toEqual([]);
    const [failed] = await domo.sql()<{ failures: number; last_error: string }[]>`
      select failures, last_error from domo_datasets`;
    expect(failed!.failures).toBe(1);
    expect(failed!.last_error).toMatch(/PUT \/v1\/datasets\/[0-9a-f-]+\/data answered 503/);
    sandbox.faults.set({});
    expect(await worker.runOnce()).toHaveLength(1);
    expect(dataset()[0]!.data).toHaveLength(4);
    expect(rowOf('l-venue')).toBeUndefined();
    expect((await pushes()).map((r) => r.payload.payload.rows)).toEqual([5, 5, 4]);
  });

  it('never puts the client secret or a token into an envelope or a stored error', async () => {
    const texts = [
      JSON.stringify(await domo.sql()`select payload, headers from outbox`),
      JSON.stringify(await domo.sql()`select * from domo_datasets`),
    ];
    for (const text of texts) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(Buffer.from(`sandbox-domo-client:${SECRET}`).toString('base64'));
      expect(text).not.toMatch(/domo_tok_/);
    }
  });
});
