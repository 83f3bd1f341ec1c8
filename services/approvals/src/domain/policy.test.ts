import { describe, expect, it } from 'vitest';
import { decisionRefusal } from './approval.ts';
import { formatMinor, poSummary } from './money.ts';
import { DEFAULT_POLICY, nextApprover, routeApproval, validatePolicy, type Policy } from './policy.ts';

const route = (amountMinor: number, currency = 'USD') => routeApproval(DEFAULT_POLICY, amountMinor, currency);

describe('routing by amount (default policy)', () => {
  it('sends anything below 5,000.00 to a producer at the event', () => {
    expect(route(0)).toMatchObject({ tier: 1, approverRole: 'producer', approverScope: 'event' });
    expect(route(499_999)).toMatchObject({ tier: 1, approverRole: 'producer' });
  });
  it('sends exactly 5,000.00 and up to 49,999.99 to finance at the client', () => {
    expect(route(500_000)).toMatchObject({ tier: 2, approverRole: 'finance', approverScope: 'client' });
    expect(route(4_999_999)).toMatchObject({ tier: 2, approverRole: 'finance' });
  });
  it('sends 50,000.00 and above to an admin of the organization', () => {
    expect(route(5_000_000)).toMatchObject({ tier: 3, approverRole: 'admin', approverScope: 'org' });
    expect(route(Number.MAX_SAFE_INTEGER)).toMatchObject({ tier: 3, approverRole: 'admin' });
  });
  it('sends spend in another currency to the highest tier (no exchange rates here)', () => {
    expect(route(100, 'EUR')).toMatchObject({ tier: 3, approverRole: 'admin' });
  });
  it('carries the tier escalation time', () => {
    expect(route(1).escalateAfterMs).toBe(48 * 3_600_000);
  });
});

describe('escalation chain', () => {
  const chain = DEFAULT_POLICY.escalationChain;
  it('goes producer → finance → admin and stops at the top', () => {
    expect(nextApprover(chain, 'producer')).toEqual({ role: 'finance', scope: 'client' });
    expect(nextApprover(chain, 'finance')).toEqual({ role: 'admin', scope: 'org' });
    expect(nextApprover(chain, 'admin')).toBeNull();
  });
  it('sends a role outside the chain to the top', () => {
    expect(
      nextApprover(
        [
          { role: 'finance', scope: 'client' },
          { role: 'admin', scope: 'org' },
        ],
        'producer',
      ),
    ).toEqual({ role: 'admin', scope: 'org' });
  });
});

describe('policy validation', () => {
  const tier = (belowMinor: number | null) => ({
    belowMinor,
    approverRole: 'finance' as const,
    approverScope: 'client' as const,
    escalateAfterMs: 1,
  });
  const policy = (...tiers: ReturnType<typeof tier>[]): Policy => ({ currency: 'USD', tiers, escalationChain: [] });
  it('accepts the defaults', () => expect(validatePolicy(DEFAULT_POLICY)).toEqual([]));
  it('accepts a single open-ended tier', () => expect(validatePolicy(policy(tier(null)))).toEqual([]));
  it('refuses no tiers, a closed last tier, an open middle tier, and thresholds that do not ascend', () => {
    expect(validatePolicy(policy())).toHaveLength(1);
    expect(validatePolicy(policy(tier(100)))[0]?.path).toBe('tiers.0.belowMinor');
    expect(validatePolicy(policy(tier(null), tier(null))).map((p) => p.path)).toEqual(['tiers.0.belowMinor']);
    expect(validatePolicy(policy(tier(100), tier(100), tier(null))).map((p) => p.path)).toEqual(['tiers.1.belowMinor']);
    expect(validatePolicy(policy(tier(200), tier(100), tier(null))).map((p) => p.path)).toEqual(['tiers.1.belowMinor']);
  });
  it('refuses a role twice in the chain', () => {
    const twice: Policy = {
      ...DEFAULT_POLICY,
      escalationChain: [
        { role: 'admin', scope: 'org' },
        { role: 'admin', scope: 'org' },
      ],
    };
    expect(validatePolicy(twice).map((p) => p.path)).toEqual(['escalationChain']);
  });
});

describe('who may decide', () => {
  const request = { requestedBy: 'pat', approverRole: 'producer' };
  it('refuses the requester, even holding the approver role', () =>
    expect(decisionRefusal(request, 'pat', ['producer'])).toBe('OWN_REQUEST'));
  it('refuses someone without the approver role', () =>
    expect(decisionRefusal(request, 'fin', ['viewer', 'finance'])).toBe('NOT_APPROVER'));
  it('lets the approver role or an admin decide', () => {
    expect(decisionRefusal(request, 'sam', ['producer'])).toBeNull();
    expect(decisionRefusal({ ...request, approverRole: 'finance' }, 'ada', ['admin'])).toBeNull();
  });
});

describe('summary line', () => {
  it('formats minor units with the currency decimals', () => {
    expect(formatMinor(1_250_000, 'USD')).toBe('12,500.00');
    expect(formatMinor(1_250_000, 'JPY')).toBe('1,250,000');
    expect(
      poSummary({
        amountMinor: 1_250_000,
        currency: 'USD',
        vendorName: 'Acme AV',
        description: 'lighting-technician × 3 day',
      }),
    ).toBe('PO 12,500.00 USD — Acme AV, lighting-technician × 3 day');
  });
});
