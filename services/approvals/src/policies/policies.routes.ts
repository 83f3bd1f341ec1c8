import { createRoute, z } from '@hono/zod-openapi';
import { APPROVER_ROLES, APPROVER_SCOPES } from '../domain/policy.ts';

const role = z.enum(APPROVER_ROLES);
const scope = z.enum(APPROVER_SCOPES);
const tier = z.object({
  belowMinor: z
    .int()
    .positive()
    .nullable()
    .openapi({ description: 'Amounts strictly below this (minor units); null on the last, open-ended tier.' }),
  approverRole: role,
  approverScope: scope,
  escalateAfterMs: z.int().nonnegative(),
});
export const policyInput = z
  .object({
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code'),
    tiers: z.array(tier).min(1).max(20),
    escalationChain: z.array(z.object({ role, scope })).max(3),
  })
  .openapi('PolicyInput');

const policy = policyInput
  .extend({
    orgId: z.string(),
    source: z.enum(['default', 'organization']),
    version: z.int(),
    updatedBy: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('Policy');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const getPolicies = createRoute({
  method: 'get',
  path: '/policies',
  tags: ['policies'],
  summary: "The caller's organization's approval policy (the defaults until an admin replaced them).",
  responses: { 200: json(policy, 'The policy') },
});

export const putPolicies = createRoute({
  method: 'put',
  path: '/policies',
  tags: ['policies'],
  summary: "Replaces the organization's policy table: thresholds ascend, the last tier is open-ended.",
  request: { body: { required: true, content: { 'application/json': { schema: policyInput } } } },
  responses: { 200: json(policy, 'The new policy') },
});
