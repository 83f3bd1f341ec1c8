import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';

const toolCall = z
  .object({ callId: z.string(), tool: z.string(), arguments: z.unknown(), result: z.unknown(), ok: z.boolean() })
  .openapi('ToolCall');

export const runSchema = z
  .object({
    runId: z.string(),
    orgId: z.string(),
    clientId: z.string().nullable(),
    eventId: z.string().nullable(),
    trigger: z.object({ kind: z.enum(['event', 'request']), ref: z.string() }),
    task: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    provider: z.string(),
    model: z.string().nullable(),
    status: z.enum(['completed', 'refused']),
    refusalReason: z.string().nullable(),
    inputs: z.unknown(),
    toolCalls: z.array(toolCall),
    output: z.unknown().nullable(),
    correlationId: z.string(),
    createdAt: z.string(),
  })
  .openapi('AiRun');

const tags = ['ai runs'];
const params = z.object({ runId: z.string().min(1).max(100) });
const missing = 'No such run in your organization (AI.RUN_NOT_FOUND).';

export const list = defineRoute({
  operationId: 'listAiRuns',
  method: 'get',
  path: '/runs',
  tags,
  summary: 'AI runs the caller may read: inputs, every tool call, output or refusal',
  request: {
    query: z.object({
      subjectId: z.string().optional(),
      eventId: z.string().optional(),
      status: z.enum(['completed', 'refused']).optional(),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(runSchema), 'A page of runs') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getAiRun',
  method: 'get',
  path: '/runs/{runId}',
  tags,
  summary: 'One AI run, as recorded',
  request: { params },
  responses: { 200: jsonContent(runSchema, 'The run') },
  errors: { 404: missing },
});
export type GetOneRoute = typeof getOne;

export const create = defineRoute({
  operationId: 'createAiRun',
  method: 'post',
  path: '/runs',
  tags,
  summary: 'Ask about a vendor, a client or an event (records.read there); the run is recorded and published',
  request: {
    body: jsonBody(
      z.object({
        subjectType: z.enum(['vendor', 'client', 'event']),
        subjectId: z.string().trim().min(1).max(200),
        question: z.string().trim().min(1).max(2000).optional(),
      }),
    ),
  },
  responses: { 201: jsonContent(runSchema, 'The run, completed or refused') },
  errors: { 404: 'No such client or event in your organization (AI.SUBJECT_NOT_FOUND).' },
});
export type CreateRoute = typeof create;

export const replay = defineRoute({
  operationId: 'replayAiRun',
  method: 'post',
  path: '/runs/{runId}/replay',
  tags,
  summary: 'Replay a run from its record with the deterministic provider and compare outputs (changes nothing)',
  request: { params },
  responses: {
    200: jsonContent(
      z
        .object({
          runId: z.string(),
          sameOutput: z.boolean(),
          output: z.unknown().nullable(),
          divergence: z.string().nullable(),
        })
        .openapi('AiRunReplay'),
      'The replayed output and whether it equals the recorded one',
    ),
  },
  errors: { 404: missing },
});
export type ReplayRoute = typeof replay;
