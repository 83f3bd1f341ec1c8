import { describe, expect, it } from 'vitest';
import { decide, describePurchase, purchaseOrderIdFor } from './purchase-order.ts';

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
