import { describe, expect, it } from 'vitest';
import { afterSeq, toPage } from '../src/http/pagination.ts';

describe('keyset pagination', () => {
  const rows = [{ seq: '3' }, { seq: '7' }, { seq: '9' }];

  it('hands out an opaque cursor that resumes after the last row of the page', () => {
    const first = toPage(rows, 2);
    expect(first.items).toEqual([{ seq: '3' }, { seq: '7' }]);
    expect(first.nextCursor).not.toBe('7');
    expect(afterSeq(first.nextCursor!)).toBe('7');
  });

  it('says there is no next page when the extra row is missing', () => {
    expect(toPage(rows, 3, (r) => Number(r.seq))).toEqual({ items: [3, 7, 9], nextCursor: null });
  });

  it('starts at the beginning without a cursor and refuses one it never gave out', () => {
    expect(afterSeq(undefined)).toBe('0');
    expect(() => afterSeq('bm9wZQ')).toThrow(expect.objectContaining({ code: 'HTTP.BAD_CURSOR', status: 400 }));
  });
});
