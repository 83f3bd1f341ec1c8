import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';

const status = z.enum(['raised', 'accepted', 'pushed_back', 'escalated']);
const citation = z
  .object({
    label: z.string(),
    recordType: z.string(),
    recordId: z.string(),
    field: z.string(),
    value: z.number(),
    toolCallId: z.string().nullable(),
  })
  .openapi('Citation');
const slot = z.object({ slot: z.string(), text: z.string() }).openapi('CommentarySlot');

export const headsUpSchema = z
  .object({
    headsUpId: z.string(),
    orgId: z.string(),
    clientId: z.string().nullable(),
    eventId: z.string().nullable(),
    rule: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    window: z.string(),
    severity: z.string(),
    title: z.string(),
    citations: z.array(citation),
    records: z.array(z.object({ recordType: z.string(), recordId: z.string() })),
    commentary: z.array(slot),
    runId: z.string(),
    status,
    raisedAt: z.string(),
    respondedBy: z.string().nullable(),
    respondedAt: z.string().nullable(),
    responseNote: z.string().nullable(),
    correlationId: z.string(),
  })
  .openapi('HeadsUp');
export { citation as citationSchema, slot as slotSchema };

const tags = ['heads-ups'];
const params = z.object({ headsUpId: z.string().min(1).max(100) });
const answered = 'Already answered (AI.HEADS_UP_ANSWERED): a heads-up takes one response.';
const missing = 'No such heads-up in your organization (AI.HEADS_UP_NOT_FOUND).';

export const list = defineRoute({
  operationId: 'listHeadsUps',
  method: 'get',
  path: '/heads-ups',
  tags,
  summary: 'Heads-ups the caller may read, by event, status and rule',
  request: {
    query: z.object({
      eventId: z.string().optional(),
      status: status.optional(),
      rule: z.string().optional(),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(headsUpSchema), 'A page of heads-ups') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getHeadsUp',
  method: 'get',
  path: '/heads-ups/{headsUpId}',
  tags,
  summary: 'One heads-up with its citations',
  request: { params },
  responses: { 200: jsonContent(headsUpSchema, 'The heads-up') },
  errors: { 404: missing },
});
export type GetOneRoute = typeof getOne;

const respond = <B extends z.ZodType>(operationId: string, verb: string, summary: string, body: B) =>
  defineRoute({
    operationId,
    method: 'post',
    path: `/heads-ups/{headsUpId}/${verb}`,
    tags,
    summary,
    description: 'heads-ups.respond at the heads-up’s scope (admin, finance, producer).',
    request: { params, body: jsonBody(body) },
    responses: { 200: jsonContent(headsUpSchema, 'The heads-up with its response') },
    errors: { 404: missing, 409: answered },
  });

const note = z.object({ note: z.string().trim().min(1).max(2000).optional() });
export const accept = respond('acceptHeadsUp', 'accept', 'Accept a heads-up: it stands', note);
export type AcceptRoute = typeof accept;
export const pushBack = respond(
  'pushBackHeadsUp',
  'push-back',
  'Push back on a heads-up, with the reason it does not apply',
  z.object({ reason: z.string().trim().min(1).max(2000) }),
);
export type PushBackRoute = typeof pushBack;
export const escalate = respond(
  'escalateHeadsUp',
  'escalate',
  'Escalate a heads-up to finance at the event’s client',
  note,
);
export type EscalateRoute = typeof escalate;
