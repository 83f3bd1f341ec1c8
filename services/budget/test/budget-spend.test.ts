import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadLetterTopic } from '@playbook/bus-kafka/headers';
import { resetConsumerGroup } from '@playbook/bus-kafka/replay';
import { type BudgetWorld, body, eventually, SCOPE_A, startBudgetWorld } from './budget-world.ts';

let w: BudgetWorld;
const lines: Record<string, string> = {};
let unassigned: string;
let lastSpendMessage = '';
const COMMIT = 'commit-budget-when-po-approved';
const UNCOMMIT = 'uncommit-budget-when-po-cancelled';
const ACTUAL = 'record-actual-when-spend-allocated';

const po = (purchaseOrderId: string, amountMinor: number, bomLineId: string | null, currency = 'USD') => ({
  purchaseOrderId,
  eventId: SCOPE_A.eventId,
  clientId: SCOPE_A.clientId,
  vendorId: 'acme',
  amountMinor,
  currency,
  bomLineId,
});
const approve = async (id: string, amount: number, bomLineId: string | null, currency = 'USD', scope = SCOPE_A) => {
  lastSpendMessage = await w.fromSpend(
    {
      type: 'spend.PurchaseOrderApproved',
      key: id,
      payload: {
        ...po(id, amount, bomLineId, currency),
        eventId: scope.eventId,
        approvalRequestId: `apr-${id}`,
        approvedBy: 'fin-1',
      },
    },
    scope,
  );
  return lastSpendMessage;
};
const cancel = async (id: string, amount: number, previousStatus = 'approved') => {
  lastSpendMessage = await w.fromSpend({
    type: 'spend.PurchaseOrderCancelled',
    key: id,
    payload: { ...po(id, amount, null), previousStatus, engagementId: `eng-${id}`, reason: 'engagement cancelled' },
  });
  await w.handled(UNCOMMIT, lastSpendMessage);
};
const allocate = async (allocationId: string, amountMinor: number, bomLineId: string | null) => {
  lastSpendMessage = await w.fromSpend({
    type: 'spend.SpendAllocated',
    key: allocationId,
    payload: {
      allocationId,
      source: 'card',
      sourceId: `ramp-${allocationId}`,
      eventId: SCOPE_A.eventId,
      clientId: SCOPE_A.clientId,
      bomLineId,
      amountMinor,
      currency: 'USD',
      allocatedAt: Date.parse('2027-03-10T12:00:00Z'),
      description: 'Catering deposit',
    },
  });
  await w.handled(ACTUAL, lastSpendMessage);
};
const committedOn = (budget: any, lineId: string) =>
  budget.lines.find((l: { lineId: string }) => l.lineId === lineId)?.committedMinor;
const crossings = async () =>
  (await w.outbox('budget.BudgetThresholdCrossed')).map((r) => r.payload.payload.thresholdPercent);
const snapshot = async () => {
  const { totals, lines } = await w.readBudget();
  return { totals, lines, crossings: await crossings() };
};

beforeAll(async () => {
  w = await startBudgetWorld('budget-spend');
  await w.handled('record-event-when-event-created', await w.announceEvent('event-a'));
  const add = async (key: string, description: string, quantity: number, unitCostMinor: number) => {
    const res = await w.request('POST', '/events/event-a/budget/lines', 'admin', {
      category: key,
      description,
      quantity,
      unitCostMinor,
      currency: 'USD',
    });
    expect(res.status).toBe(201);
    lines[key] = (await body(res)).lineId;
  };
  await add('led', 'LED wall', 3, 420_000);
  await add('lunch', 'Lunch', 200, 4_500);
  await add('techs', 'Lighting technicians', 6, 95_000);
  unassigned = (await w.readBudget()).lines.find((l: { kind: string }) => l.kind === 'unassigned').lineId;
}, 120_000);
afterAll(() => w?.world.dispose());

describe('commitments and actuals from spend', () => {
  it('commits an approved PO against its line, or the unassigned line, once per PO', async () => {
    await w.handled(COMMIT, await approve('po-1', 1_260_000, lines.led!));
    await w.handled(COMMIT, await approve('po-2', 300_000, 'no-such-line'));
    await w.handled(COMMIT, await approve('po-3', 100_000, null));
    await w.handled(COMMIT, await approve('po-1', 1_260_000, lines.led!)); // the same PO again: a new message
    const budget = await w.readBudget();
    expect(budget.totals).toMatchObject({ plannedMinor: 2_730_000, committedMinor: 1_660_000, actualMinor: 0 });
    expect([committedOn(budget, lines.led!), committedOn(budget, unassigned)]).toEqual([1_260_000, 400_000]);
    expect(await crossings()).toEqual([]);
  });

  it('counts allocated spend as actuals and tells the 80 % crossing once', async () => {
    await allocate('alloc-1', 700_000, lines.lunch!);
    await allocate('alloc-1', 700_000, lines.lunch!);
    const budget = await w.readBudget();
    expect(budget.totals).toMatchObject({ actualMinor: 700_000, thresholdPercentReached: 80, usedPercent: 86.45 });
    expect(budget.lines.find((l: { lineId: string }) => l.lineId === lines.lunch).actualMinor).toBe(700_000);
    expect(await crossings()).toEqual([80]);
    await w.handled(COMMIT, await approve('po-5', 10_000, lines.techs!)); // still between 80 % and 100 %
    expect(await crossings()).toEqual([80]);
    const [crossed] = await w.outbox('budget.BudgetThresholdCrossed');
    expect(crossed!.payload).toMatchObject({
      causationId: expect.any(String),
      scope: SCOPE_A,
      rules: expect.arrayContaining([
        expect.objectContaining({
          name: 'budget.spend-thresholds',
          parameters: expect.objectContaining({ percents: '80,100' }),
        }),
      ]),
      payload: {
        thresholdPercent: 80,
        plannedMinor: 2_730_000,
        committedMinor: 1_660_000,
        actualMinor: 700_000,
        trigger: 'allocation',
      },
    });
  });

  it('tells 100 % once, and again only after falling back under it', async () => {
    await allocate('alloc-2', 400_000, lines.lunch!);
    expect(await crossings()).toEqual([80, 100]);
    await cancel('po-2', 300_000);
    await cancel('po-2', 300_000);
    await cancel('po-never-approved', 50_000, 'pending_approval');
    const fell = await w.readBudget();
    expect(fell.totals).toMatchObject({ committedMinor: 1_370_000, thresholdPercentReached: 80 });
    expect(committedOn(fell, unassigned)).toBe(100_000);
    expect(await crossings()).toEqual([80, 100]);
    await w.handled(COMMIT, await approve('po-4', 300_000, lines.techs!));
    expect(await crossings()).toEqual([80, 100, 100]);
    expect(committedOn(await w.readBudget(), lines.techs!)).toBe(310_000);
  });

  it('changes nothing when the spend topic is replayed from the start without the inbox', async () => {
    const before = await snapshot();
    const spendInbox = async () =>
      (await w.sql()`select 1 from inbox where consumer in (${COMMIT}, ${UNCOMMIT}, ${ACTUAL})`).length;
    const handledBefore = await spendInbox();
    expect(handledBefore).toBe(12); // 6 approvals, 3 allocations, 3 cancellations
    await w.budget().stop();
    const schema = `budget_${w.world.namespace.replaceAll('-', '_')}`;
    await w.world.admin.unsafe(
      `delete from "${schema}".inbox where consumer in ('${COMMIT}', '${UNCOMMIT}', '${ACTUAL}')`,
    );
    await resetConsumerGroup(
      w.spend.bus().kafka,
      `${w.world.namespace}.budget`,
      `${w.world.namespace}.playbook.spend.v1`,
      'earliest',
    );
    await w.restart();
    // Every spend message handled again (inbox rows back), not just the last one.
    await eventually(async () => expect(await spendInbox()).toBe(handledBefore), { timeoutMs: 30_000 });
    expect(await snapshot()).toEqual(before);
    expect(await w.sql()`select 1 from commitments`).toHaveLength(5);
  });

  it('keeps counting commitments against a locked budget', async () => {
    expect((await w.request('POST', '/events/event-a/budget/lock', 'admin')).status).toBe(200);
    await w.handled(COMMIT, await approve('po-6', 5_000, lines.led!));
    expect(committedOn(await w.readBudget(), lines.led!)).toBe(1_265_000);
  });

  it('opens a budget for an event that has none when spend commits to it', async () => {
    const scope = { ...SCOPE_A, eventId: 'event-c' };
    await w.handled(COMMIT, await approve('po-c', 42_000, null, 'USD', scope));
    const budget = await w.readBudget('event-c');
    expect([budget.origin, budget.totals.committedMinor, budget.totals.thresholdPercentReached]).toEqual([
      'spend',
      42_000,
      100,
    ]);
  });

  it('parks a commitment in another currency on the dead-letter topic with the reason', async () => {
    const messageId = await approve('po-eur', 1_000, null, 'EUR');
    const dlq = deadLetterTopic(`${w.world.namespace}.playbook.spend.v1`, `${w.world.namespace}.budget`);
    const admin = w.spend.bus().admin;
    await eventually(
      async () => {
        expect(await admin.listTopics()).toContain(dlq);
        const offsets = await admin.fetchTopicOffsets(dlq);
        expect(offsets.reduce((n, o) => n + Number(o.high), 0)).toBe(1);
      },
      { timeoutMs: 30_000 },
    );
    expect(await w.sql()`select 1 from inbox where message_id = ${messageId}`).toHaveLength(0);
    expect(await w.sql()`select 1 from commitments where purchase_order_id = 'po-eur'`).toHaveLength(0);
  });
});
