import { createRoute, z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '@playbook/service-kit/pagination';
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

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const userParams = z.object({ userId: z.string().min(1).max(200) });

export const inviteUser = createRoute({
  method: 'post',
  path: '/users',
  tags: ['users'],
  summary: 'Invite a user into the caller’s organization',
  request: body(
    z.object({ email: z.string().trim().pipe(z.email().max(320)), displayName: z.string().trim().min(1).max(200) }),
  ),
  responses: { 201: json(userSchema, 'Invited (directory.UserProvisioned)') },
});

export const deactivateUserRoute = createRoute({
  method: 'post',
  path: '/users/{userId}/deactivate',
  tags: ['users'],
  summary: 'Deactivate a user',
  request: { params: userParams, ...body(z.object({ reason: z.string().trim().min(1).max(500).optional() })) },
  responses: { 200: json(userSchema, 'Deactivated (directory.UserDeactivated)') },
});

export const listUsersRoute = createRoute({
  method: 'get',
  path: '/users',
  tags: ['users'],
  summary: 'Users of the caller’s organization',
  request: { query: z.object(pageQuery) },
  responses: { 200: json(pageOf(userSchema), 'A page of users') },
});

export const getUserRoute = createRoute({
  method: 'get',
  path: '/users/{userId}',
  tags: ['users'],
  summary: 'A user with their grants',
  request: { params: userParams },
  responses: { 200: json(userSchema.extend({ grants: z.array(grantSchema) }), 'The user') },
});
