import { describe, expect, it } from 'vitest';
import { approvalTaskId, close, templateItemId, transition } from './work-item.ts';

describe('work item status', () => {
  it('moves todo → doing → done', () => {
    expect(transition('todo', 'doing')).toEqual({ kind: 'move', from: 'todo', to: 'doing' });
    expect(transition('doing', 'done')).toEqual({ kind: 'move', from: 'doing', to: 'done' });
  });

  it('goes into blocked and back out of it', () => {
    expect(transition('doing', 'blocked').kind).toBe('move');
    expect(transition('blocked', 'doing').kind).toBe('move');
    expect(transition('blocked', 'todo').kind).toBe('move');
  });

  it('refuses to finish a blocked item without unblocking it, and to reopen a done one', () => {
    expect(transition('blocked', 'done')).toMatchObject({
      kind: 'illegal',
      reason: 'From blocked it can go to todo, doing.',
    });
    expect(transition('done', 'doing')).toMatchObject({ kind: 'illegal', reason: 'A done item is final.' });
  });

  it('treats the same status again as unchanged', () => {
    expect(transition('doing', 'doing')).toEqual({ kind: 'unchanged' });
  });

  it('closes any open item, and a done one stays as it is', () => {
    expect(close('blocked')).toEqual({ kind: 'move', from: 'blocked', to: 'done' });
    expect(close('done')).toEqual({ kind: 'unchanged' });
  });
});

describe('deterministic ids', () => {
  it('gives a template line the same id for the same event, template and version only', () => {
    const id = templateItemId('ev-1', 'tpl-1', 1, 0);
    expect(templateItemId('ev-1', 'tpl-1', 1, 0)).toBe(id);
    expect(templateItemId('ev-1', 'tpl-1', 2, 0)).not.toBe(id);
    expect(templateItemId('ev-2', 'tpl-1', 1, 0)).not.toBe(id);
    expect(templateItemId('ev-1', 'tpl-1', 1, 1)).not.toBe(id);
  });

  it('gives one task per approval request', () => {
    expect(approvalTaskId('apr-1')).toBe(approvalTaskId('apr-1'));
    expect(approvalTaskId('apr-1')).not.toBe(approvalTaskId('apr-2'));
  });
});
