import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent } from '@playbook/service-kit/openapi';
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

export const getOne = defineRoute({
  operationId: 'getApprovalPolicy',
  method: 'get',
  path: '/policies',
  tags: ['policies'],
  summary: 'The caller’s organization’s approval policy',
  description: 'The defaults until an admin replaced them (policies.manage at the organization).',
  responses: { 200: jsonContent(policy, 'The policy') },
});
export type GetOneRoute = typeof getOne;

export const replace = defineRoute({
  operationId: 'replaceApprovalPolicy',
  method: 'put',
  path: '/policies',
  tags: ['policies'],
  summary: 'Replace the organization’s policy table',
  description: 'Thresholds ascend and the last tier is open-ended (400 APPROVALS.INVALID_POLICY otherwise).',
  request: { body: jsonBody(policyInput) },
  responses: { 200: jsonContent(policy, 'The new policy') },
});
export type ReplaceRoute = typeof replace;
