import { z } from '@hono/zod-openapi';
import { defineRoute, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
import { citationSchema, slotSchema } from '../heads-ups/heads-ups.routes.ts';

export const insightSchema = z
  .object({
    insightId: z.string(),
    orgId: z.string(),
    clientId: z.string().nullable(),
    subjectType: z.enum(['vendor', 'client']),
    subjectId: z.string(),
    runId: z.string(),
    title: z.string(),
    figures: z.array(citationSchema),
    commentary: z.array(slotSchema),
    publishedAt: z.string(),
  })
  .openapi('Insight');

export const list = defineRoute({
  operationId: 'listInsights',
  method: 'get',
  path: '/insights',
  tags: ['insights'],
  summary: 'Relationship intelligence about vendors and clients, every figure cited',
  request: {
    query: z.object({
      subjectType: z.enum(['vendor', 'client']).optional(),
      subjectId: z.string().optional(),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(insightSchema), 'A page of insights') },
});
export type ListRoute = typeof list;
