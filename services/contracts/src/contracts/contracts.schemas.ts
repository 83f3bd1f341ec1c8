import { z } from '@hono/zod-openapi';
import { CONTRACT_STATUSES } from '../domain/contract.ts';

/** The zod shapes of the contracts API (routes import them; kept apart so route files stay small). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(
    (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    {
      message: 'not a calendar date',
    },
  )
  .openapi({ example: '2027-03-10' });
export const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code')
  .openapi({ example: 'USD' });
export const valueMinor = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
export const kind = z.enum(['MSA', 'SOW']);
export const status = z.enum(CONTRACT_STATUSES);
const signatory = z.string().trim().min(1).max(200);
export const signatories = z.array(signatory).max(20);

export const contractSchema = z
  .object({
    contractId: z.string(),
    kind,
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string().nullable(),
    vendorId: z.string(),
    vendorName: z.string(),
    title: z.string(),
    valueMinor: z.number().int().nullable(),
    currency: z.string().nullable(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    parentContractId: z.string().nullable(),
    engagementId: z.string().nullable(),
    signatories: z.array(z.string()),
    status,
    signOff: z.object({
      status: z.enum(['not_requested', 'pending', 'granted', 'rejected']),
      approvalRequestId: z.string().nullable(),
      decidedBy: z.string().nullable(),
      decidedAt: z.string().nullable(),
      comment: z.string().nullable(),
    }),
    signedOn: z.string().nullable(),
    amendments: z.number().int(),
    expiryNoticedFor: z.string().nullable(),
    terminationReason: z.string().nullable(),
    draftedBy: z.string(),
    correlationId: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Contract');

export const draftInput = z
  .object({
    kind,
    vendorId: z.string().min(1).max(100),
    clientId: z.string().min(1).max(100).optional().openapi({ description: 'The client, for an MSA.' }),
    eventId: z.string().min(1).max(100).optional().openapi({ description: 'The event, for a SOW.' }),
    title: z.string().trim().min(1).max(300),
    valueMinor: valueMinor.optional(),
    currency: currency.optional(),
    startsOn: isoDate.optional().openapi({ description: 'Defaults to the event’s first day for a SOW.' }),
    endsOn: isoDate
      .optional()
      .openapi({ description: 'Open-ended when absent (an MSA); the event’s last day for a SOW.' }),
    parentContractId: z.string().min(1).max(100).optional().openapi({
      description: 'For a SOW: the MSA it is under; defaults to the client’s MSA with the vendor in force.',
    }),
    signatories: signatories.optional(),
  })
  .refine((d) => (d.kind === 'MSA' ? d.clientId && !d.eventId : d.eventId && !d.clientId), {
    message: 'an MSA names clientId (no eventId); a SOW names eventId (its client comes from the event)',
    path: ['kind'],
  })
  .refine((d) => (d.valueMinor === undefined) === (d.currency === undefined), {
    message: 'valueMinor and currency go together',
    path: ['currency'],
  })
  .refine((d) => d.kind === 'SOW' || d.startsOn !== undefined, { message: 'an MSA needs startsOn', path: ['startsOn'] })
  .refine((d) => !d.startsOn || !d.endsOn || d.endsOn >= d.startsOn, {
    message: 'endsOn is before startsOn',
    path: ['endsOn'],
  })
  .refine((d) => d.kind === 'SOW' || !d.parentContractId, {
    message: 'only a SOW has a parent',
    path: ['parentContractId'],
  });

export const sendInput = z.object({ signatories: signatories.min(1).optional() });
export const signInput = z.object({ signedOn: isoDate });
export const amendInput = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  valueMinor: valueMinor.optional(),
  currency: currency.optional(),
  endsOn: isoDate.nullable().optional().openapi({ description: 'null makes it open-ended.' }),
  reason: z.string().trim().min(1).max(2000).optional(),
});
export const terminateInput = z.object({ reason: z.string().trim().min(1).max(2000).optional() });
export const contractParams = z.object({ contractId: z.string().min(1).max(100) });
