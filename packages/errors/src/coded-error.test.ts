import { describe, expect, it } from 'vitest';
import { CodedError, isCodedError } from './coded-error.ts';

describe('CodedError', () => {
  it('keeps its code, status and details, and defaults to 500', () => {
    const e = new CodedError('SPEND.PO_NOT_FOUND', 'no such PO', 404, { purchaseOrderId: 'po-1' });
    expect([e.code, e.status, e.details, e.message, e.name]).toEqual([
      'SPEND.PO_NOT_FOUND',
      404,
      { purchaseOrderId: 'po-1' },
      'no such PO',
      'CodedError',
    ]);
    expect(new CodedError('DB.X', 'x').status).toBe(500);
  });

  it('recognizes subclasses and nothing else', () => {
    class DomainError extends CodedError {}
    expect(isCodedError(new DomainError('A.B', 'c'))).toBe(true);
    expect(isCodedError(new Error('plain'))).toBe(false);
    expect(isCodedError({ code: 'A.B', status: 400 })).toBe(false);
  });
});
