import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';

export const clientSchema = z
  .object({
    clientId: z.string(),
    orgId: z.string(),
    name: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Client');

const clientInput = z.object({ name: z.string().trim().min(1).max(200) });
const params = z.object({ clientId: z.string().min(1).max(200) });
const nameTaken = 'Another client of the organization has this name, in any case (EVENTS.CLIENT_NAME_TAKEN).';
const notFound = 'No such client in your organization (EVENTS.CLIENT_NOT_FOUND).';
const keyReused = 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).';

export const create = defineRoute({
  operationId: 'createClient',
  method: 'post',
  path: '/clients',
  tags: ['clients'],
  summary: 'Add a client (brand) to the caller’s organization',
  description: 'events.write at the organization.',
  request: { body: jsonBody(clientInput) },
  responses: { 201: jsonContent(clientSchema, 'Created (events.ClientCreated)') },
  errors: { 409: nameTaken, 422: keyReused },
});
export type CreateRoute = typeof create;

export const patch = defineRoute({
  operationId: 'renameClient',
  method: 'patch',
  path: '/clients/{clientId}',
  tags: ['clients'],
  summary: 'Rename a client',
  request: { params, body: jsonBody(clientInput) },
  responses: { 200: jsonContent(clientSchema, 'Updated (events.ClientUpdated)') },
  errors: { 404: notFound, 409: nameTaken, 422: keyReused },
});
export type PatchRoute = typeof patch;

export const list = defineRoute({
  operationId: 'listClients',
  method: 'get',
  path: '/clients',
  tags: ['clients'],
  summary: 'Clients the caller may read',
  description: 'A grant at the organization shows every client; at a client, that client; at an event, its client.',
  request: { query: z.object(pageQuery) },
  responses: { 200: jsonContent(pageOf(clientSchema), 'A page of clients') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getClient',
  method: 'get',
  path: '/clients/{clientId}',
  tags: ['clients'],
  summary: 'A client',
  request: { params },
  responses: { 200: jsonContent(clientSchema, 'The client') },
  errors: { 404: notFound },
});
export type GetOneRoute = typeof getOne;
