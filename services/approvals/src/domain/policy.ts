/**
 * Approval policy: amount thresholds → the role that must decide, at which scope, and how long it
 * may wait before it escalates along the chain. Plain data and functions: no HTTP, Kafka or SQL.
 */
export const APPROVER_ROLES = ['admin', 'finance', 'producer'] as const;
export type ApproverRole = (typeof APPROVER_ROLES)[number];
export const APPROVER_SCOPES = ['event', 'client', 'org'] as const;
export type ApproverScope = (typeof APPROVER_SCOPES)[number];

export interface PolicyTier {
  /** The tier applies to amounts strictly below this (minor units); null on the last, open-ended tier. */
  belowMinor: number | null;
  approverRole: ApproverRole;
  approverScope: ApproverScope;
  /** How long the request may wait before it escalates. */
  escalateAfterMs: number;
}

export interface ChainStep {
  role: ApproverRole;
  scope: ApproverScope;
}

export interface Policy {
  /** Thresholds are in minor units of this currency; spend in another currency goes to the last tier. */
  currency: string;
  tiers: PolicyTier[];
  /** Who a request moves to when nobody decided in time, lowest first. */
  escalationChain: ChainStep[];
}

const HOUR = 3_600_000;

/** The defaults every organization uses until an admin replaces its policy (PUT /policies). */
export const DEFAULT_POLICY: Policy = {
  currency: 'USD',
  tiers: [
    { belowMinor: 500_000, approverRole: 'producer', approverScope: 'event', escalateAfterMs: 48 * HOUR },
    { belowMinor: 5_000_000, approverRole: 'finance', approverScope: 'client', escalateAfterMs: 48 * HOUR },
    { belowMinor: null, approverRole: 'admin', approverScope: 'org', escalateAfterMs: 48 * HOUR },
  ],
  escalationChain: [
    { role: 'producer', scope: 'event' },
    { role: 'finance', scope: 'client' },
    { role: 'admin', scope: 'org' },
  ],
};

export interface Routing {
  /** 1-based position of the tier that matched. */
  tier: number;
  approverRole: ApproverRole;
  approverScope: ApproverScope;
  escalateAfterMs: number;
  /** Why: the rule as the envelope's `rules` carries it. */
  reason: string;
}

/** Which tier decides `amountMinor`: the first whose threshold is above the amount. */
export function routeApproval(policy: Policy, amountMinor: number, currency: string): Routing {
  const last = policy.tiers.length - 1;
  const index =
    currency !== policy.currency
      ? last
      : policy.tiers.findIndex((t) => t.belowMinor === null || amountMinor < t.belowMinor);
  const tier = policy.tiers[index < 0 ? last : index];
  if (!tier) throw new Error('a policy has at least one tier');
  const reason =
    currency !== policy.currency
      ? `currency ${currency} differs from the policy's ${policy.currency}: highest tier`
      : tier.belowMinor === null
        ? 'amount at or above every threshold'
        : `amount below ${tier.belowMinor}`;
  return {
    tier: (index < 0 ? last : index) + 1,
    approverRole: tier.approverRole,
    approverScope: tier.approverScope,
    escalateAfterMs: tier.escalateAfterMs,
    reason,
  };
}

/** The next step up the chain from `role`, or null at the top. A role outside the chain goes to the top. */
export function nextApprover(chain: ChainStep[], role: string): ChainStep | null {
  const at = chain.findIndex((step) => step.role === role);
  const top = chain.at(-1);
  if (at < 0) return top && top.role !== role ? top : null;
  return chain[at + 1] ?? null;
}

/** Every reason the policy cannot be used; empty when it is valid. */
export function validatePolicy(policy: Policy): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const { tiers } = policy;
  if (tiers.length === 0) problems.push({ path: 'tiers', message: 'at least one tier is needed' });
  tiers.forEach((tier, i) => {
    const isLast = i === tiers.length - 1;
    if (isLast && tier.belowMinor !== null)
      problems.push({ path: `tiers.${i}.belowMinor`, message: 'the last tier must be open-ended (null)' });
    if (!isLast && tier.belowMinor === null)
      problems.push({ path: `tiers.${i}.belowMinor`, message: 'only the last tier may be open-ended' });
    const previous = tiers[i - 1]?.belowMinor;
    if (i > 0 && tier.belowMinor !== null && previous != null && tier.belowMinor <= previous) {
      problems.push({
        path: `tiers.${i}.belowMinor`,
        message: `thresholds must ascend (${tier.belowMinor} is not above ${previous})`,
      });
    }
    if (tier.belowMinor !== null && tier.belowMinor <= 0)
      problems.push({ path: `tiers.${i}.belowMinor`, message: 'a threshold must be positive' });
  });
  const roles = policy.escalationChain.map((s) => s.role);
  if (new Set(roles).size !== roles.length)
    problems.push({ path: 'escalationChain', message: 'a role appears twice in the escalation chain' });
  return problems;
}
