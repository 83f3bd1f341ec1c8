import { v5 as uuidv5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import {
  allocationIdFor,
  allocationTarget,
  cardTransactionIdFor,
  expenseLineKey,
  expenseReportIdFor,
} from './allocation.ts';

describe('allocationTarget', () => {
  it('takes the event and BOM line from the tags first', () => {
    expect(allocationTarget({ tags: { Event: 'event-a', 'BOM line': 'line-1' }, memo: '#event:event-b' })).toEqual({
      eventId: 'event-a',
      bomLineId: 'line-1',
      rule: 'event-tag',
    });
  });
  it('falls back to #event: and #bom: in the memo, and leaves an untagged charge unallocated', () => {
    expect(allocationTarget({ tags: {}, memo: 'cab to venue #event:event-b #bom:line-9' })).toEqual({
      eventId: 'event-b',
      bomLineId: 'line-9',
      rule: 'memo',
    });
    expect(allocationTarget({ tags: {}, memo: 'lunch' })).toEqual({ eventId: null, bomLineId: null, rule: 'none' });
  });
  it('derives stable ids per source transaction', () => {
    expect(cardTransactionIdFor('ramp', 't-1')).toBe(cardTransactionIdFor('ramp', 't-1'));
    expect(cardTransactionIdFor('ramp', 't-1')).not.toBe(cardTransactionIdFor('ramp', 't-2'));
    expect(allocationIdFor('x')).not.toBe(allocationIdFor('y'));
  });
  it('keeps card ids as they were and tells an expense line from a card transaction of the same source id', () => {
    expect(cardTransactionIdFor('ramp', 't-1')).toBe('48b24492-d1a3-5eb0-acac-d07e46a73ebd');
    expect(allocationIdFor(expenseLineKey('nexonia', 't-1'))).not.toBe(
      allocationIdFor(cardTransactionIdFor('nexonia', 't-1')),
    );
    expect(expenseReportIdFor('nexonia', 'r-1')).not.toBe(cardTransactionIdFor('nexonia', 'r-1'));
  });
  it('derives UUIDv5 of the name under the namespace, as uuid does from strings, non-ASCII names too', () => {
    const namespace = '2b7c4f0e-8d1a-5e3b-9c6f-4a5d7e8f9a0b';
    expect(cardTransactionIdFor('ramp', 'café-☕')).toBe(uuidv5('ramp:café-☕', namespace));
    const id = cardTransactionIdFor('ramp', 't-1');
    expect(allocationIdFor(id)).toBe(uuidv5(`allocation:${id}`, namespace));
    expect(expenseReportIdFor('nexonia', 'r-1')).toBe(uuidv5('expense-report:nexonia:r-1', namespace));
  });
});
