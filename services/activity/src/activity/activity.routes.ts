import { z } from '@hono/zod-openapi';
import { defineRoute, jsonContent, pageOf } from '@playbook/service-kit/openapi';

const entry = z
  .object({
    messageId: z.string(),
    sequence: z.int().openapi({ description: 'Order of recording; the tie-break after occurredAt.' }),
    type: z.string(),
    schemaVersion: z.int(),
    occurredAt: z.string(),
    recordedAt: z.string(),
    correlationId: z.string(),
    causationId: z.string().nullable(),
    actor: z.object({ kind: z.string(), id: z.string(), displayName: z.string().nullable() }),
    producer: z.object({ module: z.string(), connector: z.string().nullable(), version: z.string() }),
    scope: z.object({ orgId: z.string(), clientId: z.string().nullable(), eventId: z.string().nullable() }),
    counts: z.record(z.string(), z.number()),
    rules: z.array(z.unknown()),
    diagnostics: z.record(z.string(), z.number().nullable()),
    payload: z.unknown(),
  })
  .openapi('ActivityEntry');

const text = z.string().min(1).max(200).optional();
const instant = z.iso.datetime({ offset: true }).optional();

export const list = defineRoute({
  operationId: 'listActivity',
  method: 'get',
  path: '/activity',
  tags: ['activity'],
  summary: 'The audit trail the caller may read, in the order things happened (occurredAt, then recorded sequence).',
  request: {
    query: z.object({
      correlationId: text,
      actorId: text,
      type: text,
      clientId: text,
      eventId: text,
      from: instant.openapi({ description: 'Inclusive, ISO 8601.' }),
      to: instant.openapi({ description: 'Exclusive, ISO 8601.' }),
      // The trail pages further than the kit's default (a whole flow at once).
      limit: z.coerce.number().int().min(1).max(500).default(100),
      cursor: z.string().max(100).optional().openapi({ description: 'nextCursor of the previous page.' }),
    }),
  },
  responses: { 200: jsonContent(pageOf(entry), 'A page of entries') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getActivityEntry',
  method: 'get',
  path: '/activity/{messageId}',
  tags: ['activity'],
  summary: 'One entry of the audit trail',
  request: { params: z.object({ messageId: z.string().min(1).max(100) }) },
  responses: { 200: jsonContent(entry, 'One entry') },
  errors: { 404: 'No such entry in your organization (ACTIVITY.NOT_FOUND).' },
});
export type GetOneRoute = typeof getOne;
