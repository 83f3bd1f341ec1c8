import { describe, expect, it } from 'vitest';
import type { ToolRecord } from '../output.ts';
import { contractExpiresBeforeEventEnds } from './contract-expires-before-event-ends.ts';
import { engagementWithoutSignedContract } from './engagement-without-signed-contract.ts';
import { spendOverBomLine, spendOverBudget } from './spend-over-budget.ts';
import { workOverdueNearEvent } from './work-overdue-near-event.ts';

const rec = (recordType: string, recordId: string, fields: ToolRecord['fields']): ToolRecord => ({
  recordType,
  recordId,
  fields,
});
const line = (committedMinor: number, actualMinor: number, extra: ToolRecord['fields'] = {}) =>
  rec('bom-line', 'line-1', {
    eventId: 'evt-1',
    clientId: 'cli-1',
    category: 'av',
    description: 'LED wall 6 × 3 m',
    plannedMinor: 1_260_000,
    committedMinor,
    actualMinor,
    removed: false,
    ...extra,
  });
const budget = (plannedMinor: number, committedMinor: number, actualMinor: number) =>
  rec('budget', 'bud-1', { eventId: 'evt-1', clientId: 'cli-1', plannedMinor, committedMinor, actualMinor });

describe('spend over a BOM line or the budget', () => {
  it('raises when committed + actual exceed the line’s plan, citing the three amounts, windowed by the plan', () => {
    const h = spendOverBomLine(line(1_260_000, 10_000), 'call-1')!;
    expect(h).toMatchObject({ rule: 'spend-over-bom-line', subjectId: 'line-1', window: 'planned:1260000' });
    expect(h.citations.map((c) => [c.field, c.value])).toEqual([
      ['plannedMinor', 1_260_000],
      ['committedMinor', 1_260_000],
      ['actualMinor', 10_000],
    ]);
  });
  it('does not raise at or under the line’s plan, or for a removed line', () => {
    expect(spendOverBomLine(line(1_260_000, 0), 'call-1')).toBeNull();
    expect(spendOverBomLine(line(600_000, 100_000), 'call-1')).toBeNull();
    expect(spendOverBomLine(line(2_000_000, 0, { removed: true }), 'call-1')).toBeNull();
  });
  it('raises over the budget’s planned total, not at it, under it, or when nothing is planned', () => {
    expect(spendOverBudget(budget(5_000_000, 4_000_000, 1_000_001), 'call-2')?.rule).toBe('spend-over-budget');
    expect(spendOverBudget(budget(5_000_000, 4_000_000, 1_000_000), 'call-2')).toBeNull();
    expect(spendOverBudget(budget(5_000_000, 4_000_000, 0), 'call-2')).toBeNull();
    expect(spendOverBudget(budget(0, 100, 0), 'call-2')).toBeNull();
  });
});

const contract = (endsOn: string | null, status = 'signed') =>
  rec('contract', 'con-1', {
    kind: 'SOW',
    vendorName: 'Acme AV',
    vendorId: 'ven-1',
    eventId: 'evt-1',
    engagementId: 'eng-1',
    endsOn,
    status,
    valueMinor: 1_260_000,
  });
const event = (endsOn: string, status = 'planning') =>
  rec('event', 'evt-1', { clientId: 'cli-1', name: 'Summit', startsOn: '2027-03-10', endsOn, status });

describe('a contract that expires before the event ends', () => {
  it('raises for a contract ending before the event’s last day, naming both records', () => {
    const h = contractExpiresBeforeEventEnds(contract('2027-03-11'), event('2027-03-12'), { contract: 'call-1' })!;
    expect(h).toMatchObject({ rule: 'contract-expires-before-event-ends', window: 'evt-1:2027-03-11' });
    expect(h.records).toEqual([
      { recordType: 'contract', recordId: 'con-1' },
      { recordType: 'event', recordId: 'evt-1' },
    ]);
  });
  it('judges a SOW drafted from an engagement against the engaged work, not the whole event', () => {
    const work = rec('engagement', 'eng-1', {
      eventId: 'evt-1',
      clientId: 'cli-1',
      endsOn: '2027-03-11',
      status: 'active',
    });
    expect(contractExpiresBeforeEventEnds(contract('2027-03-11'), work, { contract: 'c' })).toBeNull();
    const h = contractExpiresBeforeEventEnds(contract('2027-03-10'), work, { contract: 'c' })!;
    expect(h).toMatchObject({
      eventId: 'evt-1',
      window: 'evt-1:2027-03-10',
      title: 'SOW with Acme AV ends before the engaged work does',
    });
  });
  it('does not raise when it covers the event, is open-ended, terminated, or the event is cancelled', () => {
    expect(contractExpiresBeforeEventEnds(contract('2027-03-12'), event('2027-03-12'), { contract: 'c' })).toBeNull();
    expect(contractExpiresBeforeEventEnds(contract(null), event('2027-03-12'), { contract: 'c' })).toBeNull();
    expect(
      contractExpiresBeforeEventEnds(contract('2027-03-01', 'terminated'), event('2027-03-12'), { contract: 'c' }),
    ).toBeNull();
    expect(
      contractExpiresBeforeEventEnds(contract('2027-03-01'), event('2027-03-12', 'cancelled'), { contract: 'c' }),
    ).toBeNull();
  });
});

const engagement = (status = 'active') =>
  rec('engagement', 'eng-1', {
    vendorId: 'ven-1',
    vendorName: 'Acme AV',
    eventId: 'evt-1',
    clientId: 'cli-1',
    serviceLine: 'led-wall',
    status,
  });
const countdown = (daysUntilStart: number, daysUntilEnd = daysUntilStart + 2) =>
  rec('event-countdown', 'evt-1@2027-03-01', { status: 'planning', daysUntilStart, daysUntilEnd });

describe('an engagement with no signed contract close to the event', () => {
  it('raises within the lead time when its SOW is not signed, citing the days left', () => {
    const h = engagementWithoutSignedContract(engagement(), countdown(9), [contract('2027-03-12', 'sent')], 14, {
      countdown: 'call-1',
    })!;
    expect(h).toMatchObject({ rule: 'engagement-without-signed-contract', subjectId: 'eng-1', window: 'evt-1:14d' });
    expect(h.citations).toEqual([expect.objectContaining({ field: 'daysUntilStart', value: 9 })]);
  });
  it('does not raise with a signed SOW, outside the lead time, after the event, or for a cancelled engagement', () => {
    const calls = { countdown: 'c' };
    expect(engagementWithoutSignedContract(engagement(), countdown(9), [contract('2027-03-12')], 14, calls)).toBeNull();
    expect(engagementWithoutSignedContract(engagement(), countdown(20), [], 14, calls)).toBeNull();
    expect(engagementWithoutSignedContract(engagement(), countdown(-5, -3), [], 14, calls)).toBeNull();
    expect(engagementWithoutSignedContract(engagement('cancelled'), countdown(3), [], 14, calls)).toBeNull();
  });
});

const item = (daysOverdue: number, status = 'todo') =>
  rec('work-item', 'wi-1', {
    eventId: 'evt-1',
    clientId: 'cli-1',
    title: 'Print badges',
    status,
    dueOn: '2027-02-25',
    daysOverdue,
  });

describe('work items overdue close to the event', () => {
  it('raises for an overdue item within the lead time, citing the days overdue and the days left', () => {
    const h = workOverdueNearEvent(item(4), countdown(9), 14, { items: 'call-2', countdown: 'call-1' })!;
    expect(h).toMatchObject({
      rule: 'work-overdue-near-event',
      subjectId: 'wi-1',
      window: 'due:2027-02-25',
      severity: 'warning',
    });
    expect(h.citations.map((c) => [c.field, c.value])).toEqual([
      ['daysOverdue', 4],
      ['daysUntilStart', 9],
    ]);
    expect(workOverdueNearEvent(item(4), countdown(1), 14, { items: 'a', countdown: 'b' })?.severity).toBe('critical');
  });
  it('does not raise for a done item, one not yet overdue, or an event weeks away or over', () => {
    const calls = { items: 'a', countdown: 'b' };
    expect(workOverdueNearEvent(item(4, 'done'), countdown(9), 14, calls)).toBeNull();
    expect(workOverdueNearEvent(item(0), countdown(9), 14, calls)).toBeNull();
    expect(workOverdueNearEvent(item(4), countdown(30), 14, calls)).toBeNull();
    expect(workOverdueNearEvent(item(4), countdown(-4, -2), 14, calls)).toBeNull();
  });
});
