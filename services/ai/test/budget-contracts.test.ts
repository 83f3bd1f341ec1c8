import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { World } from './harness.ts';
import { EVT, type PlansWorld, scope, startPlansWorld } from './plans-world.ts';
import { CLIENT, publish } from './world.ts';

// The budget and contract-expiry rules, fed by stand-ins publishing real budget.*, contracts.* and events.* facts.
let world: World;
let standIn: Record<string, Service>;
let f: PlansWorld;

beforeAll(async () => {
  f = await startPlansWorld('ai-plans');
  ({ world, standIn } = f);
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
    await f.spendRecorded(budgetId, lineId, 'committed', { line: [1_260_000, 0], budget: [1_260_000, 1_260_000, 0] });
    expect((await f.runs(budgetId))[0]!.output.headsUps).toEqual([]);
    await f.spendRecorded(budgetId, lineId, 'actual', {
      line: [1_260_000, 40_000],
      budget: [1_260_000, 1_260_000, 40_000],
    });
    await f.runs(budgetId, 2);
    const [line] = await f.headsUps('spend-over-bom-line', lineId);
    expect(line!.citations.map((c) => c.value)).toEqual([1_260_000, 1_260_000, 40_000]);
    expect(await f.headsUps('spend-over-budget', budgetId)).toHaveLength(1);
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
    const all = await f.runs(budgetId, 3);
    expect(all[2]!.output.headsUps).toHaveLength(1);
    expect(await f.headsUps('spend-over-budget', budgetId)).toHaveLength(1);
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
    await f.runs(budgetId);
    expect(await f.headsUps('spend-over-budget', budgetId)).toHaveLength(0);
  });
});

describe('a contract that expires before the event ends', () => {
  it('raises for a SOW ending the day before the event does; not for one covering it — until the event is extended', async () => {
    const short = `con-${randomUUID()}`;
    const covering = `con-${randomUUID()}`;
    await f.drafted(short, '2027-03-11');
    await f.drafted(covering, '2027-03-12');
    await f.runs(short);
    await f.runs(covering);
    expect(await f.headsUps('contract-expires-before-event-ends', short)).toHaveLength(1);
    expect(await f.headsUps('contract-expires-before-event-ends', covering)).toHaveLength(0);
    await f.eventFact('events.EventUpdated', '2027-03-13');
    await f.runs(covering, 2);
    expect(await f.headsUps('contract-expires-before-event-ends', covering)).toHaveLength(1);
  });
});
