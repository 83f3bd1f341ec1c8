import { createRoute, z } from '@hono/zod-openapi';
import { pageQuery } from '@playbook/service-kit/pagination';

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } } });

export const rateCardSchema = z
  .object({
    rateCardId: z.string(),
    currency: z.string(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    current: z.boolean().openapi({ description: 'In force today.' }),
    lines: z.array(z.object({ serviceLine: z.string(), unit: z.string(), unitRateMinor: z.number().int() })),
  })
  .openapi('RateCard');

export const vendorSchema = z
  .object({
    vendorId: z.string(),
    orgId: z.string(),
    name: z.string(),
    category: z.string(),
    email: z.string().nullable(),
    rateCards: z.array(rateCardSchema),
  })
  .openapi('Vendor');

const vendorInput = z.object({
  name: z.string().trim().min(1).max(200),
  category: z.string().trim().min(1).max(60),
  email: z.email().optional(),
});

const params = z.object({ vendorId: z.string().min(1) });

export const registerVendor = createRoute({
  method: 'post',
  path: '/vendors',
  tags: ['vendors'],
  summary: 'Register a vendor (vendors.manage at the organization)',
  request: { body: { required: true, ...json(vendorInput) } },
  responses: { 201: { description: 'Registered', ...json(vendorSchema) } },
});

export const updateVendor = createRoute({
  method: 'patch',
  path: '/vendors/{vendorId}',
  tags: ['vendors'],
  summary: 'Change a vendor’s details',
  request: {
    params,
    body: {
      required: true,
      ...json(
        vendorInput
          .partial()
          .extend({ email: z.email().nullable().optional() })
          .refine((v) => Object.keys(v).length > 0, 'Give at least one field to change.'),
      ),
    },
  },
  responses: { 200: { description: 'Updated', ...json(vendorSchema) } },
});

export const listVendors = createRoute({
  method: 'get',
  path: '/vendors',
  tags: ['vendors'],
  summary: 'The organization’s vendors, with the rate cards in force today',
  request: { query: z.object({ category: z.string().optional(), ...pageQuery }) },
  responses: {
    200: {
      description: 'A page of vendors',
      ...json(z.object({ items: z.array(vendorSchema), nextCursor: z.string().nullable() })),
    },
  },
});

export const getVendor = createRoute({
  method: 'get',
  path: '/vendors/{vendorId}',
  tags: ['vendors'],
  summary: 'One vendor with all its rate cards',
  request: { params },
  responses: { 200: { description: 'The vendor', ...json(vendorSchema) } },
});
