import { describe, expect, it } from 'vitest';
import { recordSignOff, signingAllowed } from './sign-off.ts';

describe('recording the internal sign-off', () => {
  it('moves a requested sign-off to pending, then to the decision', () => {
    expect(recordSignOff('not_requested', 'requested')).toEqual({ kind: 'record', next: 'pending' });
    expect(recordSignOff('pending', 'granted')).toEqual({ kind: 'record', next: 'granted' });
    expect(recordSignOff('pending', 'rejected')).toEqual({ kind: 'record', next: 'rejected' });
  });

  it('takes a decision that arrives before its request (the topics are not ordered with each other)', () => {
    expect(recordSignOff('not_requested', 'granted')).toEqual({ kind: 'record', next: 'granted' });
    expect(recordSignOff('granted', 'requested')).toEqual({ kind: 'unchanged' });
  });

  it('treats the same fact again as nothing to do and never reverses a decision', () => {
    expect(recordSignOff('pending', 'requested')).toEqual({ kind: 'unchanged' });
    expect(recordSignOff('granted', 'granted')).toEqual({ kind: 'unchanged' });
    expect(recordSignOff('granted', 'rejected')).toEqual({ kind: 'conflict', current: 'granted' });
    expect(recordSignOff('rejected', 'granted')).toEqual({ kind: 'conflict', current: 'rejected' });
  });
});

describe('what signing requires', () => {
  it('a contract with a value: a granted sign-off', () => {
    expect(signingAllowed({ signOff: 'granted', valueMinor: 1_260_000 })).toEqual({ ok: true, required: true });
    expect(signingAllowed({ signOff: 'not_requested', valueMinor: 1_260_000 })).toEqual({
      ok: false,
      reason: 'sign-off-pending',
    });
    expect(signingAllowed({ signOff: 'pending', valueMinor: 0 })).toEqual({ ok: false, reason: 'sign-off-pending' });
  });

  it('a contract without a value: nothing, unless approvals asked for a sign-off', () => {
    expect(signingAllowed({ signOff: 'not_requested', valueMinor: null })).toEqual({ ok: true, required: false });
    expect(signingAllowed({ signOff: 'pending', valueMinor: null })).toEqual({ ok: false, reason: 'sign-off-pending' });
    expect(signingAllowed({ signOff: 'granted', valueMinor: null })).toEqual({ ok: true, required: true });
  });

  it('a rejected sign-off blocks signing', () => {
    expect(signingAllowed({ signOff: 'rejected', valueMinor: null })).toEqual({
      ok: false,
      reason: 'sign-off-rejected',
    });
  });
});
