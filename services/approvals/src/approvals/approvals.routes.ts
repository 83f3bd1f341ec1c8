import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf } from '@playbook/service-kit/openapi';

export const approval = z
  .object({
    approvalRequestId: z.string(),
    subjectType: z.string().openapi({ description: 'purchase-order, bom-line or contract.' }),
    subjectId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    amountMinor: z.int(),
    currency: z.string(),
    policyId: z.string(),
    approverRole: z.string(),
    approverScope: z.string(),
    requestedBy: z.string(),
    summary: z.string(),
    status: z.enum(['pending', 'granted', 'rejected', 'withdrawn']),
    dueAt: z.string().nullable(),
    escalations: z.int(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    comment: z.string().nullable(),
    requestedAt: z.string(),
  })
  .openapi('ApprovalRequest');

const params = z.object({ id: z.string().min(1).max(100) });
const tags = ['approvals'];
const NOT_FOUND = 'No such request in your organization (APPROVALS.NOT_FOUND).';

export const listPending = defineRoute({
  operationId: 'listPendingApprovals',
  method: 'get',
  path: '/approvals/pending',
  tags,
  summary: 'What waits for the caller',
  description: 'Pending requests whose approver role the caller holds over the request, never their own.',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional(),
    }),
  },
  responses: { 200: jsonContent(pageOf(approval), 'A page of pending requests') },
});
export type ListPendingRoute = typeof listPending;

export const getOne = defineRoute({
  operationId: 'getApproval',
  method: 'get',
  path: '/approvals/{id}',
  tags,
  summary: 'One approval request',
  request: { params },
  responses: { 200: jsonContent(approval, 'The request') },
  errors: { 404: NOT_FOUND },
});
export type GetOneRoute = typeof getOne;

const DECISION_ERRORS = {
  404: NOT_FOUND,
  409: 'Already decided (APPROVALS.ALREADY_DECIDED), withdrawn (APPROVALS.WITHDRAWN) or escalated meanwhile (APPROVALS.REROUTED).',
};

export const grantInput = z.object({ comment: z.string().trim().min(1).max(2000).optional() });
export const rejectInput = z.object({ comment: z.string().trim().min(1, 'a rejection needs a reason').max(2000) });

export const grant = defineRoute({
  operationId: 'grantApproval',
  method: 'post',
  path: '/approvals/{id}/grant',
  tags,
  summary: 'Grant the request (publishes ApprovalGranted)',
  description: 'The body and its comment are optional.',
  request: { params, body: jsonBody(grantInput, false) },
  responses: { 200: jsonContent(approval, 'The decided request') },
  errors: DECISION_ERRORS,
});
export type GrantRoute = typeof grant;

export const reject = defineRoute({
  operationId: 'rejectApproval',
  method: 'post',
  path: '/approvals/{id}/reject',
  tags,
  summary: 'Reject the request (publishes ApprovalRejected)',
  description: 'The comment (the reason) is required.',
  request: { params, body: jsonBody(rejectInput) },
  responses: { 200: jsonContent(approval, 'The decided request') },
  errors: DECISION_ERRORS,
});
export type RejectRoute = typeof reject;
