import type { NexoniaExpenseReport } from '@playbook/contracts/types';
import { accessProjection } from '@playbook/service-kit/access-projection';
import type { Service } from '@playbook/service-kit/service';
import { eventually } from '@playbook/testing/eventually';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definition } from '../src/definition.ts';
import { allocationIdFor, expenseLineKey, expenseReportIdFor } from '../src/domain/allocation.ts';
import { createWorld, publishThrough, type World } from './harness.ts';

/**
 * Nexonia batches as the connector publishes them (a stand-in named integrations.nexonia, on its
 * real topic) → spend imports each report once and allocates its lines by the tag rules.
 */
const ORG = 'org-expenses';
const OTHER_ORG = 'org-elsewhere';
const T0 = Date.parse('2026-05-01T00:00:00Z');
let world: World;
let spend: Service;
let nexonia: Service;
let batches = 0;

type Line = NexoniaExpenseReport['lines'][number];
const line = (id: string, amountMinor: number, more: Partial<Line> = {}): Line => ({
  id,
  kind: 'expense',
  description: `Item ${id}`,
  amountMinor,
  incurredOn: '2026-04-30',
  category: null,
  merchantName: null,
  distance: null,
  distanceUnit: null,
  memo: null,
  tags: {},
  ...more,
});
const report = (id: string, lines: Line[], more: Partial<NexoniaExpenseReport> = {}): NexoniaExpenseReport => ({
  id,
  title: `Report ${id}`,
  status: 'approved',
  currency: 'USD',
  submittedAt: T0 + 3_600_000,
  employeeId: 'emp-101',
  employeeName: 'Avery Stone',
  employeeEmail: 'avery.stone@example.com',
  lines,
  ...more,
});
const tagged = { Event: 'event-a', 'BOM line': 'line-travel' };

/** Publishes a batch as the connector would and waits until spend has handled it. */
async function deliver(reports: NexoniaExpenseReport[], orgId = ORG, windowFrom = T0) {
  const before = await handled();
  await publishThrough(nexonia, {
    type: 'integrations.nexonia.NexoniaExpenseReportsFetched',
    key: 'nexonia:expense-reports',
    scope: { orgId },
    payload: {
      dataset: 'expense-reports',
      windowFrom,
      windowTo: T0 + 86_400_000,
      part: 1,
      parts: 1,
      requestId: `req-${++batches}`,
      reports,
    },
  });
  await eventually(async () => expect(await handled()).toBe(before + 1), { timeoutMs: 30_000 });
}
const handled = async () =>
  Number(
    (
      await spend.sql()`select count(*)::int as n from inbox where consumer = 'import-expense-reports-when-nexonia-fetched'`
    )[0]!.n,
  );
const published = (type: string) =>
  spend.sql()<{ key: string; payload: any }[]>`select key, payload from outbox where type = ${type} order by seq`;

beforeAll(async () => {
  world = await createWorld('spend-expenses');
  spend = await world.start(definition);
  nexonia = await world.start({ name: 'integrations.nexonia' });
  await spend.sql().begin(async (tx) => {
    await accessProjection.recordEvent(tx, ORG, 'client-1', 'event-a');
    await accessProjection.recordEvent(tx, ORG, 'client-1', 'event-b');
  });
});
afterAll(() => world?.dispose());

describe('expense reports from Nexonia', () => {
  it('imports each report once and allocates its tagged lines to the event and BOM line', async () => {
    const r1 = report('rpt-1', [
      line('rpt-1-1', 41_280, { tags: tagged, merchantName: 'Marriott', category: 'Lodging' }),
      line('rpt-1-2', 7_500, { kind: 'per_diem', tags: tagged }),
      line('rpt-1-3', 2_240, { kind: 'mileage', distance: 32, distanceUnit: 'mi' }),
    ]);
    const r2 = report('rpt-2', [
      line('rpt-2-1', 3_820, { memo: 'cab to venue #event:event-a' }),
      line('rpt-2-2', 9_900, { tags: { Event: 'event-nobody-knows' } }),
    ]);
    // rpt-1 twice in one batch: imported once.
    await deliver([r1, r2, { ...r1 }]);

    const imported = await published('spend.ExpenseReportImported');
    expect(imported.map((m) => m.payload.payload.sourceReportId)).toEqual(['rpt-1', 'rpt-2']);
    const first = imported[0]!.payload;
    expect(imported[0]!.key).toBe(expenseReportIdFor('nexonia', 'rpt-1'));
    expect(first.scope).toEqual({ orgId: ORG, clientId: 'client-1', eventId: 'event-a' });
    expect(first.payload).toMatchObject({
      source: 'nexonia',
      employeeName: 'Avery Stone',
      employeeEmail: 'avery.stone@example.com',
      status: 'approved',
      totalMinor: 51_020,
      expenseTotalMinor: 41_280,
      perDiemTotalMinor: 7_500,
      mileageTotalMinor: 2_240,
      windowFrom: T0,
    });
    expect(first.payload.lines.map((l: { kind: string; eventTag: string | null }) => [l.kind, l.eventTag])).toEqual([
      ['expense', 'event-a'],
      ['per_diem', 'event-a'],
      ['mileage', null],
    ]);
    // rpt-2's only allocated line is for event-a (the other names an unknown event): event scope.
    expect(imported[1]!.payload.scope).toMatchObject({ orgId: ORG, eventId: 'event-a' });

    const allocations = await published('spend.SpendAllocated');
    expect(allocations.map((m) => m.payload.payload.sourceId)).toEqual(['rpt-1-1', 'rpt-1-2', 'rpt-2-1']);
    expect(allocations[0]!.payload.payload).toMatchObject({
      allocationId: allocationIdFor(expenseLineKey('nexonia', 'rpt-1-1')),
      source: 'expense',
      eventId: 'event-a',
      clientId: 'client-1',
      bomLineId: 'line-travel',
      amountMinor: 41_280,
      currency: 'USD',
      description: 'Item rpt-1-1 (Avery Stone, expense)',
    });
    expect(allocations[2]!.payload.payload).toMatchObject({ bomLineId: null, amountMinor: 3_820 });
    expect(allocations[2]!.payload.rules).toContainEqual({
      name: 'spend.tag-rules',
      parameters: { rule: 'memo', bomLine: 'unassigned' },
    });

    const lines =
      await spend.sql()`select line_id, kind, event_id, allocation_rule from expense_lines order by line_id`;
    expect(lines).toEqual([
      { line_id: 'rpt-1-1', kind: 'expense', event_id: 'event-a', allocation_rule: 'event-tag' },
      { line_id: 'rpt-1-2', kind: 'per_diem', event_id: 'event-a', allocation_rule: 'event-tag' },
      { line_id: 'rpt-1-3', kind: 'mileage', event_id: null, allocation_rule: 'none' },
      { line_id: 'rpt-2-1', kind: 'expense', event_id: 'event-a', allocation_rule: 'memo' },
      { line_id: 'rpt-2-2', kind: 'expense', event_id: null, allocation_rule: 'unknown-event' },
    ]);
  });

  it('an overlapping window imports only the reports it has not seen, and allocates nothing twice', async () => {
    const r3 = report('rpt-3', [
      line('rpt-3-1', 12_000, { tags: { Event: 'event-a' } }),
      line('rpt-3-2', 4_000, { tags: { Event: 'event-b' } }),
    ]);
    await deliver([report('rpt-1', [line('rpt-1-1', 99_999, { tags: tagged })]), r3], ORG, T0 - 86_400_000);
    expect((await published('spend.ExpenseReportImported')).map((m) => m.payload.payload.sourceReportId)).toEqual([
      'rpt-1',
      'rpt-2',
      'rpt-3',
    ]);
    const allocations = await published('spend.SpendAllocated');
    expect(allocations.map((m) => m.payload.payload.sourceId)).toEqual([
      'rpt-1-1',
      'rpt-1-2',
      'rpt-2-1',
      'rpt-3-1',
      'rpt-3-2',
    ]);
    expect(new Set(allocations.map((m) => m.key)).size).toBe(5);
    // Lines for two events: the report itself sits at organization scope, each allocation at its event.
    const [r3Imported] = (await published('spend.ExpenseReportImported')).slice(-1);
    expect(r3Imported!.payload.scope).toMatchObject({ orgId: ORG, clientId: null, eventId: null });
    expect(allocations[4]!.payload.scope).toMatchObject({ eventId: 'event-b', clientId: 'client-1' });
    const [row] = await spend.sql()`select total_minor from expense_reports where source_report_id = 'rpt-1'`;
    expect(Number(row!.total_minor)).toBe(51_020);
  });

  it('never allocates to an event of another organization', async () => {
    await deliver([report('rpt-other', [line('rpt-other-1', 5_000, { tags: tagged })])], OTHER_ORG);
    const [imported] = (await published('spend.ExpenseReportImported')).filter(
      (m) => m.payload.payload.sourceReportId === 'rpt-other',
    );
    expect(imported!.payload.scope).toMatchObject({ orgId: OTHER_ORG, eventId: null });
    expect((await published('spend.SpendAllocated')).some((m) => m.payload.payload.sourceId === 'rpt-other-1')).toBe(
      false,
    );
    const [row] = await spend.sql()`select allocation_rule from expense_lines where line_id = 'rpt-other-1'`;
    expect(row).toEqual({ allocation_rule: 'unknown-event' });
  });
});
