import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { ROLES } from '@playbook/service-kit/permissions';

export const grantSchema = z
  .object({
    grantId: z.string(),
    userId: z.string(),
    role: z.enum(ROLES),
    clientId: z.string().nullable(),
    eventId: z.string().nullable(),
    grantedAt: z.string(),
  })
  .openapi('Grant');

const id = z.string().min(1).max(200);
const keyReused = 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).';

export const create = defineRoute({
  operationId: 'grantRole',
  method: 'post',
  path: '/grants',
  tags: ['grants'],
  summary: 'Grant a role at the organization, a client or an event (an event grant records its client)',
  description:
    'directory.manage (admins). An event not yet known here needs its clientId (DIRECTORY.CLIENT_REQUIRED, 400).',
  request: {
    body: jsonBody(z.object({ userId: id, role: z.enum(ROLES), clientId: id.optional(), eventId: id.optional() })),
  },
  responses: { 201: jsonContent(grantSchema, 'Granted (directory.RoleGranted)') },
  errors: {
    404: 'No such user (DIRECTORY.USER_NOT_FOUND), or the event is in another organization (DIRECTORY.SCOPE_NOT_FOUND).',
    409: 'The user is deactivated (DIRECTORY.USER_DEACTIVATED), already holds the role there (DIRECTORY.GRANT_EXISTS), or the client is not the event’s (DIRECTORY.SCOPE_MISMATCH).',
    422: keyReused,
  },
});
export type CreateRoute = typeof create;

export const remove = defineRoute({
  operationId: 'revokeGrant',
  method: 'delete',
  path: '/grants/{grantId}',
  tags: ['grants'],
  summary: 'Revoke a grant',
  request: { params: z.object({ grantId: id }) },
  responses: { 200: jsonContent(grantSchema, 'Revoked (directory.RoleRevoked)') },
  errors: { 404: 'No such grant in your organization (DIRECTORY.GRANT_NOT_FOUND).', 422: keyReused },
});
export type RemoveRoute = typeof remove;

export const list = defineRoute({
  operationId: 'listGrants',
  method: 'get',
  path: '/grants',
  tags: ['grants'],
  summary: 'Grants of the organization, or of one user',
  request: { query: z.object({ userId: id.optional(), ...pageQuery }) },
  responses: { 200: jsonContent(pageOf(grantSchema), 'A page of grants') },
});
export type ListRoute = typeof list;
