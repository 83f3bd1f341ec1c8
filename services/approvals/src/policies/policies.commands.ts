import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { type Policy, validatePolicy } from '../domain/policy.ts';
import { loadPolicy, replacePolicy, type StoredPolicy } from './policies.store.ts';

/** Replaces the organization's policy when it is usable (400 APPROVALS.INVALID_POLICY naming each problem). */
export async function replaceOrgPolicy(tx: Tx, orgId: string, policy: Policy, by: string): Promise<StoredPolicy> {
  const problems = validatePolicy(policy);
  if (problems.length > 0) {
    throw new CodedError('APPROVALS.INVALID_POLICY', 'The policy cannot be used as given.', 400, { errors: problems });
  }
  await replacePolicy(tx, orgId, policy, by);
  return loadPolicy(tx, orgId);
}
