import { describe, expect, it } from 'vitest';
import { amendOutcome, cancelOutcome, decide, describePurchase, purchaseOrderIdFor } from './purchase-order.ts';

describe('PO status machine', () => {
  it('moves a pending PO to approved or rejected', () => {
    expect(decide('pending_approval', 'approve')).toEqual({ kind: 'transition', next: 'approved' });
    expect(decide('pending_approval', 'reject')).toEqual({ kind: 'transition', next: 'rejected' });
  });

  it('treats the same decision again as nothing to do', () => {
    expect(decide('approved', 'approve')).toEqual({ kind: 'unchanged' });
    expect(decide('rejected', 'reject')).toEqual({ kind: 'unchanged' });
  });

  it('never reverses a decision', () => {
    expect(decide('approved', 'reject')).toEqual({ kind: 'conflict', current: 'approved' });
    expect(decide('rejected', 'approve')).toEqual({ kind: 'conflict', current: 'rejected' });
  });
});

describe('PO identity and wording', () => {
  it('derives one stable PO id per engagement', () => {
    expect(purchaseOrderIdFor('eng-1')).toBe(purchaseOrderIdFor('eng-1'));
    expect(purchaseOrderIdFor('eng-1')).not.toBe(purchaseOrderIdFor('eng-2'));
    expect(purchaseOrderIdFor('eng-1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('describes the purchase from service line, quantity and unit', () => {
    expect(describePurchase({ serviceLine: 'lighting-tech', quantity: 2.5, unit: 'day' })).toBe(
      'lighting-tech: 2.5 × day',
    );
  });
});

describe('PO after its engagement changes', () => {
  it('cancels a pending or approved PO once, and leaves a rejected one alone', () => {
    expect(cancelOutcome('pending_approval')).toEqual({ kind: 'cancel', previousStatus: 'pending_approval' });
    expect(cancelOutcome('approved')).toEqual({ kind: 'cancel', previousStatus: 'approved' });
    expect(cancelOutcome('cancelled')).toEqual({ kind: 'unchanged' });
    expect(cancelOutcome('rejected')).toEqual({ kind: 'unchanged' });
  });

  it('updates only a pending PO on an amendment; a decision never lands on a cancelled PO', () => {
    expect(['pending_approval', 'approved', 'rejected', 'cancelled'].map((s) => amendOutcome(s as never))).toEqual([
      'update',
      'keep-approved',
      'closed',
      'closed',
    ]);
    expect(decide('cancelled', 'approve')).toEqual({ kind: 'conflict', current: 'cancelled' });
  });
});
