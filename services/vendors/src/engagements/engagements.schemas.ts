import { z } from '@hono/zod-openapi';
import { currency, isoDate, unitRateMinor } from '../rate-cards/rate-cards.routes.ts';

/** The engagement resource's shapes: what the routes take and return. */
export const status = z.enum(['active', 'cancelled', 'completed']);

export const engagementSchema = z
  .object({
    engagementId: z.string(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    vendorId: z.string(),
    vendorName: z.string(),
    serviceLine: z.string(),
    unit: z.string(),
    quantity: z.number(),
    unitRateMinor: z.number().int(),
    amountMinor: z.number().int(),
    currency: z.string(),
    startsOn: z.string(),
    endsOn: z.string(),
    notes: z.string().nullable(),
    rateCardId: z.string().nullable(),
    rateCardUnitRateMinor: z.number().int().nullable(),
    status,
    cancelReason: z.string().nullable(),
    engagedBy: z.string(),
    bomLineId: z.string().nullable(),
    completedOn: z.string().nullable(),
  })
  .openapi('Engagement');

const bomLineId = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .openapi({ description: 'The budget’s BOM line this spend is for.' });
export const notes = z.string().max(2000);

export const engagementInput = z
  .object({
    vendorId: z.string().min(1),
    eventId: z.string().min(1),
    serviceLine: z.string().trim().min(1).max(100),
    unit: z.string().trim().min(1).max(30),
    quantity: z.number().positive().max(100_000),
    unitRateMinor: unitRateMinor.optional().openapi({
      description: 'Agreed rate; defaults to the rate card’s rate for the service line and unit valid on startsOn.',
    }),
    currency: currency.optional().openapi({ description: 'Defaults to the rate card’s currency.' }),
    startsOn: isoDate,
    endsOn: isoDate,
    notes: notes.optional(),
    bomLineId: bomLineId.optional(),
  })
  .refine((e) => e.endsOn >= e.startsOn, { message: 'endsOn is before startsOn', path: ['endsOn'] });

export const amendmentInput = z
  .object({
    quantity: z.number().positive().max(100_000).optional(),
    unitRateMinor: unitRateMinor.optional().openapi({
      description: 'A new agreed rate; without it an agreed rate stays and a card rate follows the card on startsOn.',
    }),
    startsOn: isoDate.optional(),
    endsOn: isoDate.optional(),
    notes: notes.nullable().optional(),
    bomLineId: bomLineId.nullable().optional(),
    reason: z.string().trim().min(1).max(2000).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'reason'), 'Give at least one term to change.');

export const ratingSchema = z
  .object({
    engagementId: z.string(),
    vendorId: z.string(),
    score: z.int(),
    comment: z.string().nullable(),
    ratedBy: z.string(),
    ratedAt: z.string(),
  })
  .openapi('VendorRating');
