import { createRoute, z } from '@hono/zod-openapi';

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

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const text = z.string().min(1).max(200).optional();
const instant = z.iso.datetime({ offset: true }).optional();

export const listActivity = createRoute({
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
      limit: z.coerce.number().int().min(1).max(500).default(100),
      cursor: z.string().max(100).optional().openapi({ description: 'nextCursor of the previous page.' }),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(entry), nextCursor: z.string().nullable() }), 'A page of entries') },
});

export const getActivity = createRoute({
  method: 'get',
  path: '/activity/{messageId}',
  tags: ['activity'],
  request: { params: z.object({ messageId: z.string().min(1).max(100) }) },
  responses: { 200: json(entry, 'One entry') },
});
