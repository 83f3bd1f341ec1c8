import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { expect } from 'vitest';
import { definition } from '../src/definition.ts';
import { createWorld } from './harness.ts';
import { arrangeAccess, CLIENT, ORG, publish } from './world.ts';

export const EVT = 'event-plans';
export const scope = { orgId: ORG, clientId: CLIENT, eventId: EVT };

/**
 * A world for the budget, contract and work rules: ai, stand-ins publishing real budget.*, contracts.*,
 * events.*, vendors.* and work.* facts, event-plans (10–12 March 2027) known to ai, and helpers.
 */
export async function startPlansWorld(prefix: string) {
  const world = await createWorld(prefix);
  const ai = await world.start(definition);
  const standIn: Record<string, Service> = {};
  let admin = '';
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

  for (const name of ['budget', 'contracts', 'events', 'vendors', 'work']) standIn[name] = await world.start({ name });
  await arrangeAccess(ai);
  admin = await world.bearer({ id: 'admin', orgId: ORG });
  await eventFact('events.EventCreated', '2027-03-12');
  await eventually(async () => expect(await ai.sql()`select 1 from events where event_id = ${EVT}`).toHaveLength(1), {
    timeoutMs: 30_000,
  });
  return { world, ai, standIn, admin, runs, headsUps, spendRecorded, drafted, eventFact };
}
export type PlansWorld = Awaited<ReturnType<typeof startPlansWorld>>;
