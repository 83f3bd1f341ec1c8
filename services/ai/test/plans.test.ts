import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { startReadinessSweep } from '../src/workers/sweep-readiness.worker.ts';
import { createWorld, type World } from './harness.ts';
import { arrangeAccess, CLIENT, call, engagedPayload, json, ORG, publish } from './world.ts';

// The budget and contract rules, fed by stand-ins publishing real budget.*, contracts.* and events.* facts.
let world: World;
let ai: Service;
const standIn: Record<string, Service> = {};
let admin: string;
const EVT = 'event-plans';
const scope = { orgId: ORG, clientId: CLIENT, eventId: EVT };

const runs = (subjectId: string, n = 1) =>
  eventually(
    async () => {
      const rows = await ai.sql()<
        { run_id: string; output: any }[]
      >`select * from runs where subject_id = ${subjectId} order by seq`;
      expect(rows.length).toBeGreaterThanOrEqual(n);
      return rows;
    },
    { timeoutMs: 30_000 },
  );
const headsUps = (rule: string, subjectId: string) =>
  ai.sql()<
    { heads_up_id: string; citations: any[] }[]
  >`select * from heads_ups where rule = ${rule} and subject_id = ${subjectId}`;

const spendRecorded = (
  budgetId: string,
  lineId: string,
  change: 'committed' | 'actual',
  t: { line: [number, number]; budget: [number, number, number] },
) =>
  publish(standIn.budget!, {
    type: 'budget.BomLineSpendRecorded',
    key: budgetId,
    scope,
    payload: {
      budgetId,
      lineId,
      eventId: EVT,
      clientId: CLIENT,
      change,
      sourceType: 'purchase-order',
      sourceId: `po-${randomUUID()}`,
      amountMinor: 1,
      currency: 'USD',
      lineCommittedMinor: t.line[0],
      lineActualMinor: t.line[1],
      plannedMinor: t.budget[0],
      committedMinor: t.budget[1],
      actualMinor: t.budget[2],
    },
  });
const drafted = (contractId: string, endsOn: string, engagementId: string | null = null, vendorId = 'ven-1') =>
  publish(standIn.contracts!, {
    type: 'contracts.ContractDrafted',
    key: contractId,
    scope,
    payload: {
      contractId,
      kind: 'SOW',
      clientId: CLIENT,
      eventId: EVT,
      vendorId,
      vendorName: 'Acme AV',
      title: 'SOW',
      valueMinor: 1_260_000,
      currency: 'USD',
      startsOn: '2027-03-01',
      endsOn,
      engagementId,
      signatories: [],
      draftedBy: 'pat',
    },
  });
const eventFact = (type: 'events.EventCreated' | 'events.EventUpdated', endsOn: string) =>
  publish(standIn.events!, {
    type,
    key: EVT,
    scope,
    payload: {
      eventId: EVT,
      clientId: CLIENT,
      name: 'Northwind Summit',
      startsOn: '2027-03-10',
      endsOn,
      timezone: 'UTC',
      ...(type === 'events.EventCreated' ? { status: 'planning' } : {}),
    } as never,
  });

beforeAll(async () => {
  world = await createWorld('ai-plans');
  ai = await world.start(definition);
  for (const name of ['budget', 'contracts', 'events', 'vendors', 'work']) standIn[name] = await world.start({ name });
  await arrangeAccess(ai);
  admin = await world.bearer({ id: 'admin', orgId: ORG });
  await eventFact('events.EventCreated', '2027-03-12');
  await eventually(async () => expect(await ai.sql()`select 1 from events where event_id = ${EVT}`).toHaveLength(1), {
    timeoutMs: 30_000,
  });
}, 90_000);
afterAll(() => world?.dispose());

describe('spend over a BOM line or the budget', () => {
  it('raises neither at the plan; both once spend passes it; not again on the 100 % threshold crossing', async () => {
    const budgetId = `bud-${randomUUID()}`;
    const lineId = `line-${randomUUID()}`;
    await publish(standIn.budget!, {
      type: 'budget.BudgetCreated',
      key: budgetId,
      scope,
      payload: {
        budgetId,
        eventId: EVT,
        clientId: CLIENT,
        currency: 'USD',
        unassignedLineId: `${budgetId}-u`,
        createdBy: 'pat',
        origin: 'manual',
      },
    });
    await publish(standIn.budget!, {
      type: 'budget.BomLineAdded',
      key: budgetId,
      scope,
      payload: {
        lineId,
        budgetId,
        eventId: EVT,
        clientId: CLIENT,
        category: 'av',
        description: 'LED wall',
        quantity: 3,
        unitCostMinor: 420_000,
        currency: 'USD',
        plannedMinor: 1_260_000,
        vendorId: null,
        status: 'quoted',
        addedBy: 'pat',
      },
    });
    await spendRecorded(budgetId, lineId, 'committed', { line: [1_260_000, 0], budget: [1_260_000, 1_260_000, 0] });
    expect((await runs(budgetId))[0]!.output.headsUps).toEqual([]);
    await spendRecorded(budgetId, lineId, 'actual', {
      line: [1_260_000, 40_000],
      budget: [1_260_000, 1_260_000, 40_000],
    });
    await runs(budgetId, 2);
    const [line] = await headsUps('spend-over-bom-line', lineId);
    expect(line!.citations.map((c) => c.value)).toEqual([1_260_000, 1_260_000, 40_000]);
    expect(await headsUps('spend-over-budget', budgetId)).toHaveLength(1);
    await publish(standIn.budget!, {
      type: 'budget.BudgetThresholdCrossed',
      key: budgetId,
      scope,
      payload: {
        budgetId,
        eventId: EVT,
        clientId: CLIENT,
        thresholdPercent: 100,
        currency: 'USD',
        plannedMinor: 1_260_000,
        committedMinor: 1_260_000,
        actualMinor: 40_000,
        trigger: 'allocation',
      },
    });
    const all = await runs(budgetId, 3);
    expect(all[2]!.output.headsUps).toHaveLength(1);
    expect(await headsUps('spend-over-budget', budgetId)).toHaveLength(1);
  });

  it('does not raise on an 80 % crossing', async () => {
    const budgetId = `bud-${randomUUID()}`;
    await publish(standIn.budget!, {
      type: 'budget.BudgetThresholdCrossed',
      key: budgetId,
      scope,
      payload: {
        budgetId,
        eventId: EVT,
        clientId: CLIENT,
        thresholdPercent: 80,
        currency: 'USD',
        plannedMinor: 1_000_000,
        committedMinor: 850_000,
        actualMinor: 0,
        trigger: 'commitment',
      },
    });
    await runs(budgetId);
    expect(await headsUps('spend-over-budget', budgetId)).toHaveLength(0);
  });
});

describe('a contract that expires before the event ends', () => {
  it('raises for a SOW ending the day before the event does; not for one covering it — until the event is extended', async () => {
    const short = `con-${randomUUID()}`;
    const covering = `con-${randomUUID()}`;
    await drafted(short, '2027-03-11');
    await drafted(covering, '2027-03-12');
    await runs(short);
    await runs(covering);
    expect(await headsUps('contract-expires-before-event-ends', short)).toHaveLength(1);
    expect(await headsUps('contract-expires-before-event-ends', covering)).toHaveLength(0);
    await eventFact('events.EventUpdated', '2027-03-13');
    await runs(covering, 2);
    expect(await headsUps('contract-expires-before-event-ends', covering)).toHaveLength(1);
  });
});

describe('an engagement with no signed contract close to the event', () => {
  let unsigned: string;
  let signed: string;
  beforeAll(async () => {
    const a = engagedPayload({ eventId: EVT, unitRateMinor: 50_000, amountMinor: 150_000 });
    const b = engagedPayload({
      eventId: EVT,
      vendorId: 'ven-2',
      unitRateMinor: 50_000,
      amountMinor: 150_000,
      rateCardUnitRateMinor: null,
    });
    [unsigned, signed] = [a.engagementId as string, b.engagementId as string];
    for (const p of [a, b])
      await publish(standIn.vendors!, {
        type: 'vendors.VendorEngaged',
        key: p.vendorId as string,
        scope,
        payload: p as never,
      });
    const sow = `con-${randomUUID()}`;
    await drafted(sow, '2027-03-14', signed, 'ven-2');
    await publish(standIn.contracts!, {
      type: 'contracts.ContractSigned',
      key: sow,
      scope,
      payload: {
        contractId: sow,
        kind: 'SOW',
        clientId: CLIENT,
        eventId: EVT,
        vendorId: 'ven-2',
        vendorName: 'Acme AV',
        signedOn: '2027-02-20',
        signatories: [],
        signedBy: 'pat',
      },
    });
    await eventually(
      async () =>
        expect(await ai.sql()`select 1 from contracts where contract_id = ${sow} and status = 'signed'`).toHaveLength(
          1,
        ),
      { timeoutMs: 30_000 },
    );
    await runs(unsigned);
  });

  const sweep = (day: string) =>
    startReadinessSweep(ai, { intervalMs: 1e9, leadDays: 14, now: () => Date.parse(`${day}T12:00:00Z`) });

  it('raises for the unsigned one nine days out, citing the days left; not for the signed one; once per day', async () => {
    const s = sweep('2027-03-01');
    const [runId] = await s.runOnce();
    expect(await s.runOnce()).toEqual([runId]);
    await s.stop();
    const [h] = await headsUps('engagement-without-signed-contract', unsigned);
    expect(h!.citations).toEqual([
      expect.objectContaining({ recordType: 'event-countdown', field: 'daysUntilStart', value: 9 }),
    ]);
    expect(await headsUps('engagement-without-signed-contract', signed)).toHaveLength(0);
    const counted = await ai.sql()<
      { count: number }[]
    >`select count(*)::int as count from runs where run_id = ${runId!}`;
    expect(counted[0]!.count).toBe(1);
    const replay = await json(await call(ai, admin, 'POST', `/runs/${runId}/replay`));
    expect(replay).toMatchObject({ sameOutput: true });
  });

  it('does not sweep an event still weeks away', async () => {
    const s = sweep('2027-01-15');
    expect(await s.runOnce()).toEqual([]);
    await s.stop();
  });
});

describe('work items overdue close to the event', () => {
  const item = (title: string, dueOn: string, status = 'todo') => {
    const workItemId = `wi-${randomUUID()}`;
    return publish(standIn.work!, {
      type: 'work.WorkItemCreated',
      key: workItemId,
      scope,
      payload: {
        workItemId,
        eventId: EVT,
        clientId: CLIENT,
        title,
        status,
        dueOn,
        timezone: 'UTC',
        source: 'manual',
        createdBy: 'pat',
      },
    }).then(() => workItemId);
  };
  const overdueNotice = (workItemId: string, title: string, dueOn: string, day: string) =>
    publish(standIn.work!, {
      type: 'work.WorkItemOverdue',
      key: workItemId,
      scope,
      occurredAt: Date.parse(`${day}T08:00:00Z`),
      payload: { workItemId, eventId: EVT, clientId: CLIENT, title, dueOn, timezone: 'UTC', status: 'todo' },
    });

  it('the sweep raises for items overdue eight days out, not for items due later or done', async () => {
    const late = await item('Print badges', '2027-02-25');
    const notYet = await item('Load-in plan', '2027-03-05');
    const done = await item('Book hotel block', '2027-02-20', 'done');
    await eventually(
      async () => expect(await ai.sql()`select 1 from work_items where work_item_id = ${done}`).toHaveLength(1),
      { timeoutMs: 30_000 },
    );
    const s = startReadinessSweep(ai, { intervalMs: 1e9, leadDays: 14, now: () => Date.parse('2027-03-02T12:00:00Z') });
    await s.runOnce();
    await s.stop();
    const [h] = await headsUps('work-overdue-near-event', late);
    expect(h!.citations.map((c) => [c.field, c.value])).toEqual([
      ['daysOverdue', 5],
      ['daysUntilStart', 8],
    ]);
    expect(await headsUps('work-overdue-near-event', notYet)).toHaveLength(0);
    expect(await headsUps('work-overdue-near-event', done)).toHaveLength(0);
  });

  it('an overdue notice close to the event raises at once; one weeks before the event does not', async () => {
    const close = `wi-${randomUUID()}`;
    const early = `wi-${randomUUID()}`;
    await overdueNotice(close, 'Stage plot sign-off', '2027-02-27', '2027-02-28');
    await overdueNotice(early, 'Venue deposit', '2027-01-09', '2027-01-10');
    // The early notice's run (as of 2027-01-10) is recorded, and raised nothing.
    await eventually(
      async () => {
        expect(
          await ai.sql()`select 1 from runs where task = 'review-readiness' and inputs->>'asOf' = '2027-01-10'`,
        ).toHaveLength(1);
      },
      { timeoutMs: 30_000 },
    );
    await eventually(async () => expect(await headsUps('work-overdue-near-event', close)).toHaveLength(1), {
      timeoutMs: 30_000,
    });
    expect(await headsUps('work-overdue-near-event', early)).toHaveLength(0);
  });
});
