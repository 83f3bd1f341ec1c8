import { createRoute, z } from '@hono/zod-openapi';

export const approval = z
  .object({
    approvalRequestId: z.string(),
    subjectType: z.string(),
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
    status: z.enum(['pending', 'granted', 'rejected']),
    dueAt: z.string().nullable(),
    escalations: z.int(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    comment: z.string().nullable(),
    requestedAt: z.string(),
  })
  .openapi('ApprovalRequest');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const idParam = z.object({ id: z.string().min(1).max(100) });

export const listPending = createRoute({
  method: 'get',
  path: '/approvals/pending',
  tags: ['approvals'],
  summary:
    'What waits for the caller: pending requests whose approver role they hold over the request, never their own.',
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(500).optional(),
    }),
  },
  responses: {
    200: json(z.object({ items: z.array(approval), nextCursor: z.string().nullable() }), 'A page of pending requests'),
  },
});

export const getApproval = createRoute({
  method: 'get',
  path: '/approvals/{id}',
  tags: ['approvals'],
  request: { params: idParam },
  responses: { 200: json(approval, 'The request') },
});

const decision = <B extends z.ZodObject>(verb: 'grant' | 'reject', body: B, required: boolean, summary: string) =>
  createRoute({
    method: 'post',
    path: `/approvals/{id}/${verb}`,
    tags: ['approvals'],
    summary,
    request: { params: idParam, body: { required, content: { 'application/json': { schema: body } } } },
    responses: { 200: json(approval, 'The decided request') },
  });

export const grantInput = z.object({ comment: z.string().trim().min(1).max(2000).optional() });
export const rejectInput = z.object({ comment: z.string().trim().min(1, 'a rejection needs a reason').max(2000) });

export const grantApproval = decision(
  'grant',
  grantInput,
  false,
  'Grants the request (publishes ApprovalGranted); the body and its comment are optional.',
);
export const rejectApproval = decision(
  'reject',
  rejectInput,
  true,
  'Rejects the request (publishes ApprovalRejected); the comment (the reason) is required.',
);
