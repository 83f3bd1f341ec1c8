import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent } from '@playbook/service-kit/openapi';
import { rateCardSchema } from '../vendors/vendors.routes.ts';

export const isoDate = z.iso.date().openapi({ example: '2026-09-14' });
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'ISO 4217 code, e.g. USD')
  .openapi({ example: 'USD' });
export const unitRateMinor = z.int().min(0).max(10_000_000_000);

const rateCardInput = z
  .object({
    currency,
    validFrom: isoDate,
    validTo: isoDate.optional(),
    lines: z
      .array(
        z.object({
          serviceLine: z.string().trim().min(1).max(100),
          unit: z.string().trim().min(1).max(30),
          unitRateMinor,
        }),
      )
      .min(1)
      .max(200),
  })
  .refine((card) => card.validTo === undefined || card.validTo >= card.validFrom, {
    message: 'validTo is before validFrom',
    path: ['validTo'],
  })
  .refine((card) => new Set(card.lines.map((l) => l.serviceLine)).size === card.lines.length, {
    message: 'a service line appears twice',
    path: ['lines'],
  });

export const create = defineRoute({
  operationId: 'publishRateCard',
  method: 'post',
  path: '/vendors/{vendorId}/rate-cards',
  tags: ['rate cards'],
  summary: 'Publish a rate card (rate-cards.manage at the organization)',
  description:
    'A card of the same vendor and currency may not price one of the same service lines on any day of its window.',
  request: { params: z.object({ vendorId: z.string().min(1) }), body: jsonBody(rateCardInput) },
  responses: { 201: jsonContent(rateCardSchema.extend({ vendorId: z.string() }), 'Published') },
  errors: {
    404: 'No such vendor in your organization (VENDORS.VENDOR_NOT_FOUND).',
    409: 'The card overlaps a published one on a service line (VENDORS.RATE_CARD_OVERLAP).',
  },
});
export type CreateRoute = typeof create;
