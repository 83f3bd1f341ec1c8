import { CodedError } from '@playbook/errors/coded-error';
import type { App } from '@playbook/service-kit/app-env';
import { command } from '@playbook/service-kit/command';
import { validatePolicy } from '../domain/policy.ts';
import { getPolicies, putPolicies } from './policies.routes.ts';
import { loadPolicy, replacePolicy, type StoredPolicy } from './policies.store.ts';

const view = (orgId: string, stored: StoredPolicy) => ({
  orgId,
  source: stored.source,
  version: stored.version,
  updatedBy: stored.updatedBy,
  updatedAt: stored.updatedAt,
  ...stored.policy,
});

/** Admin HTTP over the caller's own organization's policy (`policies.manage` at the organization). */
export function mountPolicies(app: App) {
  app.openapi(getPolicies, async (c) => {
    const { orgId } = c.var.principal;
    await c.var.authorize('policies.manage', { orgId });
    return c.json(view(orgId, await loadPolicy(c.var.sql, orgId)), 200);
  });

  app.openapi(putPolicies, async (c) => {
    const input = c.req.valid('json');
    const { orgId, id } = c.var.principal;
    await c.var.authorize('policies.manage', { orgId });
    const problems = validatePolicy(input);
    if (problems.length > 0) {
      throw new CodedError('APPROVALS.INVALID_POLICY', 'The policy cannot be used as given.', 400, {
        errors: problems,
      });
    }
    return command(c, async ({ tx }) => {
      await replacePolicy(tx, orgId, input, id);
      return { status: 200, body: view(orgId, await loadPolicy(tx, orgId)) };
    });
  });
}
