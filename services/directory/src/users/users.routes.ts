import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { grantSchema } from '../grants/grants.routes.ts';

export const userSchema = z
  .object({
    userId: z.string(),
    orgId: z.string(),
    email: z.string(),
    displayName: z.string(),
    source: z.enum(['invited', 'google-workspace']),
    status: z.enum(['active', 'deactivated']),
    deactivatedAt: z.string().nullable(),
    deactivationReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('User');

const userParams = z.object({ userId: z.string().min(1).max(200) });
const notFound = 'No such user in your organization (DIRECTORY.USER_NOT_FOUND).';
const keyReused = 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).';

export const create = defineRoute({
  operationId: 'inviteUser',
  method: 'post',
  path: '/users',
  tags: ['users'],
  summary: 'Invite a user into the caller’s organization',
  request: {
    body: jsonBody(
      z.object({ email: z.string().trim().pipe(z.email().max(320)), displayName: z.string().trim().min(1).max(200) }),
    ),
  },
  responses: { 201: jsonContent(userSchema, 'Invited (directory.UserProvisioned)') },
  errors: { 409: 'Another user of the organization has this email (DIRECTORY.EMAIL_TAKEN).', 422: keyReused },
});
export type CreateRoute = typeof create;

export const deactivate = defineRoute({
  operationId: 'deactivateUser',
  method: 'post',
  path: '/users/{userId}/deactivate',
  tags: ['users'],
  summary: 'Deactivate a user',
  request: { params: userParams, body: jsonBody(z.object({ reason: z.string().trim().min(1).max(500).optional() })) },
  responses: { 200: jsonContent(userSchema, 'Deactivated (directory.UserDeactivated)') },
  errors: { 404: notFound, 409: 'The user is deactivated already (DIRECTORY.USER_DEACTIVATED).', 422: keyReused },
});
export type DeactivateRoute = typeof deactivate;

export const list = defineRoute({
  operationId: 'listUsers',
  method: 'get',
  path: '/users',
  tags: ['users'],
  summary: 'Users of the caller’s organization',
  request: { query: z.object(pageQuery) },
  responses: { 200: jsonContent(pageOf(userSchema), 'A page of users') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getUser',
  method: 'get',
  path: '/users/{userId}',
  tags: ['users'],
  summary: 'A user with their grants',
  request: { params: userParams },
  responses: { 200: jsonContent(userSchema.extend({ grants: z.array(grantSchema) }), 'The user') },
  errors: { 404: notFound },
});
export type GetOneRoute = typeof getOne;
