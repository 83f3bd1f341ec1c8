import type { Queryable, Tx } from '@playbook/db/client';
import type { ApproverRole, ApproverScope, ChainStep, Policy } from '../domain/policy.ts';

export const DEFAULTS = '*';

export interface StoredPolicy {
  policy: Policy;
  /** 'default' while the organization uses the defaults, 'organization' once an admin replaced them. */
  source: 'default' | 'organization';
  version: number;
  updatedBy: string | null;
  updatedAt: string;
}

/** Names a tier of a version of a policy, e.g. `default/v1/tier-2` or `org-acme/v3/tier-1`. */
export const policyIdOf = (orgId: string, stored: StoredPolicy, tier: number) =>
  `${stored.source === 'default' ? 'default' : orgId}/v${stored.version}/tier-${tier}`;

interface PolicyRow {
  org_id: string;
  version: number;
  currency: string;
  escalation_chain: ChainStep[];
  updated_by: string | null;
  updated_at: Date;
}
interface TierRow {
  below_minor: string | null;
  approver_role: ApproverRole;
  approver_scope: ApproverScope;
  escalate_after_ms: string;
}

/** The organization's policy, or the defaults when it has none. */
export async function loadPolicy(db: Queryable, orgId: string): Promise<StoredPolicy> {
  const rows = await db<PolicyRow[]>`
    select * from policies where org_id in (${orgId}, ${DEFAULTS}) order by (org_id = ${DEFAULTS}) limit 1`;
  const row = rows[0];
  if (!row) throw new Error('approvals: the default policy is missing (migration 0001 not applied?)');
  const tiers = await db<TierRow[]>`
    select below_minor, approver_role, approver_scope, escalate_after_ms from policy_tiers where org_id = ${row.org_id} order by position`;
  return {
    source: row.org_id === DEFAULTS ? 'default' : 'organization',
    version: row.version,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at.toISOString(),
    policy: {
      currency: row.currency,
      escalationChain: row.escalation_chain,
      tiers: tiers.map((t) => ({
        belowMinor: t.below_minor === null ? null : Number(t.below_minor),
        approverRole: t.approver_role,
        approverScope: t.approver_scope,
        escalateAfterMs: Number(t.escalate_after_ms),
      })),
    },
  };
}

/** Replaces the organization's whole policy table; its version goes up by one. */
export async function replacePolicy(tx: Tx, orgId: string, policy: Policy, by: string): Promise<void> {
  await tx`
    insert into policies (org_id, version, currency, escalation_chain, updated_by, updated_at)
    values (${orgId}, 1, ${policy.currency}, ${tx.json(policy.escalationChain as never)}, ${by}, now())
    on conflict (org_id) do update set version = policies.version + 1, currency = excluded.currency,
      escalation_chain = excluded.escalation_chain, updated_by = excluded.updated_by, updated_at = now()`;
  await tx`delete from policy_tiers where org_id = ${orgId}`;
  for (const [i, t] of policy.tiers.entries()) {
    await tx`insert into policy_tiers (org_id, position, below_minor, approver_role, approver_scope, escalate_after_ms)
             values (${orgId}, ${i + 1}, ${t.belowMinor}, ${t.approverRole}, ${t.approverScope}, ${t.escalateAfterMs})`;
  }
}
