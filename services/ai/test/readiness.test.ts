import { randomUUID } from 'node:crypto';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReadinessSweep } from '../src/workers/sweep-readiness.worker.ts';
import type { World } from './harness.ts';
import { EVT, type PlansWorld, scope, startPlansWorld } from './plans-world.ts';
import { CLIENT, call, engagedPayload, json, publish } from './world.ts';

// Readiness close to the event: engagements without a signed contract, work overdue (the sweep and WorkItemOverdue).
let world: World;
let ai: Service;
let standIn: Record<string, Service>;
let admin: string;
let f: PlansWorld;

beforeAll(async () => {
  f = await startPlansWorld('ai-readiness');
  ({ world, ai, standIn, admin } = f);
}, 90_000);
afterAll(() => world?.dispose());

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
    await f.drafted(sow, '2027-03-14', signed, 'ven-2');
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
    await f.runs(unsigned);
  });

  const sweep = (day: string) =>
    startReadinessSweep(ai, { intervalMs: 1e9, leadDays: 14, now: () => Date.parse(`${day}T12:00:00Z`) });

  it('raises for the unsigned one nine days out, citing the days left; not for the signed one; once per day', async () => {
    const s = sweep('2027-03-01');
    const [runId] = await s.runOnce();
    expect(await s.runOnce()).toEqual([runId]);
    await s.stop();
    const [h] = await f.headsUps('engagement-without-signed-contract', unsigned);
    expect(h!.citations).toEqual([
      expect.objectContaining({ recordType: 'event-countdown', field: 'daysUntilStart', value: 9 }),
    ]);
    expect(await f.headsUps('engagement-without-signed-contract', signed)).toHaveLength(0);
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
    const [h] = await f.headsUps('work-overdue-near-event', late);
    expect(h!.citations.map((c) => [c.field, c.value])).toEqual([
      ['daysOverdue', 5],
      ['daysUntilStart', 8],
    ]);
    expect(await f.headsUps('work-overdue-near-event', notYet)).toHaveLength(0);
    expect(await f.headsUps('work-overdue-near-event', done)).toHaveLength(0);
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
    await eventually(async () => expect(await f.headsUps('work-overdue-near-event', close)).toHaveLength(1), {
      timeoutMs: 30_000,
    });
    expect(await f.headsUps('work-overdue-near-event', early)).toHaveLength(0);
  });
});
