import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '@playbook/service-kit/permissions';
import { pageOf, pageQuery } from '@playbook/service-kit/pagination';

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

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const id = z.string().min(1).max(200);

export const grantRoleRoute = createRoute({
  method: 'post',
  path: '/grants',
  tags: ['grants'],
  summary: 'Grant a role at the organization, a client or an event (an event grant records its client)',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z.object({ userId: id, role: z.enum(ROLES), clientId: id.optional(), eventId: id.optional() }),
        },
      },
    },
  },
  responses: { 201: json(grantSchema, 'Granted (directory.RoleGranted)') },
});

export const revokeGrantRoute = createRoute({
  method: 'delete',
  path: '/grants/{grantId}',
  tags: ['grants'],
  summary: 'Revoke a grant',
  request: { params: z.object({ grantId: id }) },
  responses: { 200: json(grantSchema, 'Revoked (directory.RoleRevoked)') },
});

export const listGrantsRoute = createRoute({
  method: 'get',
  path: '/grants',
  tags: ['grants'],
  summary: 'Grants of the organization, or of one user',
  request: { query: z.object({ userId: id.optional(), ...pageQuery }) },
  responses: { 200: json(pageOf(grantSchema), 'A page of grants') },
});
