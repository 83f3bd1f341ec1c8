import { createRoute, z } from '@hono/zod-openapi';
import { pageOf, pageQuery } from '@playbook/service-kit/pagination';

export const clientSchema = z
  .object({
    clientId: z.string(),
    orgId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Client');

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const clientInput = z.object({ name: z.string().trim().min(1).max(200) });
const params = z.object({ clientId: z.string().min(1).max(200) });

export const createClientRoute = createRoute({
  method: 'post',
  path: '/clients',
  tags: ['clients'],
  summary: 'Add a client (brand) to the caller’s organization',
  request: { body: { required: true, content: { 'application/json': { schema: clientInput } } } },
  responses: { 201: json(clientSchema, 'Created (events.ClientCreated)') },
});

export const updateClientRoute = createRoute({
  method: 'patch',
  path: '/clients/{clientId}',
  tags: ['clients'],
  summary: 'Rename a client',
  request: { params, body: { required: true, content: { 'application/json': { schema: clientInput } } } },
  responses: { 200: json(clientSchema, 'Updated (events.ClientUpdated)') },
});

export const listClientsRoute = createRoute({
  method: 'get',
  path: '/clients',
  tags: ['clients'],
  summary: 'Clients the caller may read',
  request: { query: z.object(pageQuery) },
  responses: { 200: json(pageOf(clientSchema), 'A page of clients') },
});

export const getClientRoute = createRoute({
  method: 'get',
  path: '/clients/{clientId}',
  tags: ['clients'],
  summary: 'A client',
  request: { params },
  responses: { 200: json(clientSchema, 'The client') },
});
