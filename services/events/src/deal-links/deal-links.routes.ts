import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent } from '@playbook/service-kit/openapi';

export const dealLinkSchema = z
  .object({
    eventId: z.string(),
    source: z.string().openapi({ example: 'hubspot' }),
    dealId: z.string(),
    dealName: z.string(),
    stage: z.string().openapi({ example: 'closedwon' }),
    pipeline: z.string().nullable(),
    amountMinor: z.number().int().nullable(),
    currency: z.string().nullable(),
    linkedBy: z.string(),
    linkedAt: z.string(),
  })
  .openapi('DealLink');

const text = (max: number) => z.string().trim().min(1).max(max);

const linkInput = z
  .object({
    dealId: text(200).openapi({ description: 'The deal id in the CRM (HubSpot hs_object_id).' }),
    dealName: text(300),
    stage: text(100).openapi({ example: 'closedwon' }),
    source: text(50).default('hubspot').openapi({ description: 'The CRM the deal lives in.' }),
    pipeline: text(200).optional(),
    amountMinor: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code, e.g. USD')
      .optional(),
  })
  .refine((d) => (d.amountMinor === undefined) === (d.currency === undefined), {
    path: ['currency'],
    message: 'give amountMinor and currency together',
  });

export const create = defineRoute({
  operationId: 'linkDealToEvent',
  method: 'post',
  path: '/events/{eventId}/deal-links',
  tags: ['events'],
  summary: 'Link the CRM deal an event came from (by hand; the HubSpot connector will do it too)',
  description:
    'events.write at the event. One deal per event and one event per deal; the same deal again is 200 and publishes nothing.',
  request: { params: z.object({ eventId: z.string().min(1).max(200) }), body: jsonBody(linkInput) },
  responses: {
    201: jsonContent(dealLinkSchema, 'Linked (events.DealLinkedToEvent)'),
    200: jsonContent(dealLinkSchema, 'The event had this deal already: nothing changed'),
  },
  errors: {
    404: 'No such event in your organization (EVENTS.EVENT_NOT_FOUND).',
    409: 'The event has another deal (EVENTS.EVENT_ALREADY_LINKED), or the deal another event (EVENTS.DEAL_LINKED_ELSEWHERE).',
    422: 'This Idempotency-Key was already used for a different request (HTTP.IDEMPOTENCY_KEY_REUSED).',
  },
});
export type CreateRoute = typeof create;
