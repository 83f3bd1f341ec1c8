import { z } from '@hono/zod-openapi';
import { defineRoute, jsonContent } from '@playbook/service-kit/openapi';
import { DOC_TYPES } from '../domain/changes.ts';

const id = z.string().min(1).max(200);
export const hitSchema = z
  .object({
    type: z.enum(DOC_TYPES),
    id: z.string(),
    title: z.string(),
    highlight: z.string().openapi({ description: 'HTML-escaped excerpt, the matched words in <mark>.' }),
    status: z.string().nullable(),
    date: z.string().nullable().openapi({ description: 'The record’s date (ISO): the one the date range filters.' }),
    clientId: z.string().nullable(),
    eventId: z.string().nullable(),
    vendorId: z.string().nullable(),
    context: z.object({ vendor: z.string().nullable(), event: z.string().nullable(), client: z.string().nullable() }),
    score: z.number(),
    updatedAt: z.string(),
  })
  .openapi('SearchHit');

export const list = defineRoute({
  operationId: 'searchRecords',
  method: 'get',
  path: '/search',
  tags: ['search'],
  summary: 'Records of every module the caller may read, matching free text (prefix and typo tolerant), ranked',
  description:
    'Every term must match a record by prefix or, for typos, by trigram similarity. Results are limited to what the ' +
    'caller may read under the owning module’s rules, in the query itself. Facets count readable matches per type ' +
    '(ignoring the type filter).',
  request: {
    query: z.object({
      q: z.string().max(200).optional().openapi({ description: 'Free text, e.g. `LED wall Chicago`.' }),
      type: z
        .string()
        .max(300)
        .optional()
        .openapi({ description: `Comma-separated record types: ${DOC_TYPES.join(', ')}.` }),
      clientId: id.optional(),
      eventId: id.optional(),
      status: z.string().min(1).max(40).optional(),
      from: z.iso.date().optional().openapi({ description: 'Records dated on or after (inclusive).' }),
      to: z.iso.date().optional().openapi({ description: 'Records dated on or before (inclusive).' }),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      cursor: z.string().min(1).max(600).optional().openapi({ description: 'nextCursor of the previous page.' }),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({
        items: z.array(hitSchema),
        nextCursor: z.string().nullable(),
        facets: z.record(z.string(), z.number().int()),
      }),
      'A page of ranked results and the count of matches per type',
    ),
  },
});
export type ListRoute = typeof list;
