/**
 * The internal sign-off on a contract (approvals routes it on ContractSentForSignature) and what
 * signing requires:
 * - a contract with a value (every SOW drafted from an engagement) may be signed only once its
 *   sign-off was granted: approvals routes sign-offs by amount, so a valued contract always gets one;
 * - a contract without a value (an MSA setting terms only) needs no sign-off, unless approvals asked
 *   for one anyway (ApprovalRequested seen): then it must be granted too;
 * - a rejected sign-off blocks signing; the contract can be terminated, or amended terms sent anew
 *   as a new contract.
 * Amending a signed contract asks for no new sign-off (yet): approvals routes sign-offs on
 * ContractSentForSignature only.
 */
export type SignOff = 'not_requested' | 'pending' | 'granted' | 'rejected';
export type SignOffEvent = 'requested' | 'granted' | 'rejected';

export type SignOffOutcome =
  | { kind: 'record'; next: SignOff }
  /** The same fact again (a re-sent message), or a request arriving after the decision: nothing to do. */
  | { kind: 'unchanged' }
  /** The opposite decision after one was recorded: refused, the first decision stands. */
  | { kind: 'conflict'; current: SignOff };

export function recordSignOff(current: SignOff, event: SignOffEvent): SignOffOutcome {
  if (event === 'requested') {
    return current === 'not_requested' ? { kind: 'record', next: 'pending' } : { kind: 'unchanged' };
  }
  const target: SignOff = event === 'granted' ? 'granted' : 'rejected';
  if (current === target) return { kind: 'unchanged' };
  if (current === 'granted' || current === 'rejected') return { kind: 'conflict', current };
  return { kind: 'record', next: target };
}

export type SigningCheck =
  | { ok: true; required: boolean }
  | { ok: false; reason: 'sign-off-pending' | 'sign-off-rejected' };

export function signingAllowed(c: { signOff: SignOff; valueMinor: number | null }): SigningCheck {
  const required = c.valueMinor !== null || c.signOff !== 'not_requested';
  if (c.signOff === 'rejected') return { ok: false, reason: 'sign-off-rejected' };
  if (!required || c.signOff === 'granted') return { ok: true, required };
  return { ok: false, reason: 'sign-off-pending' };
}
