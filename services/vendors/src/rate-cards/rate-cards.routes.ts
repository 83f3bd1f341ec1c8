import { createRoute, z } from '@hono/zod-openapi';
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

export const publishRateCard = createRoute({
  method: 'post',
  path: '/vendors/{vendorId}/rate-cards',
  tags: ['rate cards'],
  summary:
    'Publish a rate card (rate-cards.manage at the organization). 409 VENDORS.RATE_CARD_OVERLAP when a card of the same vendor and currency already prices one of its service lines on a day of its window.',
  request: {
    params: z.object({ vendorId: z.string().min(1) }),
    body: { required: true, content: { 'application/json': { schema: rateCardInput } } },
  },
  responses: {
    201: {
      description: 'Published',
      content: { 'application/json': { schema: rateCardSchema.extend({ vendorId: z.string() }) } },
    },
  },
});
