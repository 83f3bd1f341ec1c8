import { z } from '@hono/zod-openapi';
import { defineRoute, jsonBody, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';

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
    erp: z
      .object({ system: z.string(), internalId: z.string(), entityId: z.string().nullable() })
      .nullable()
      .openapi({ description: 'The vendor’s record in the ERP, once linked (the ERP connector links it).' }),
    rateCards: z.array(rateCardSchema),
  })
  .openapi('Vendor');

const vendorInput = z.object({
  name: z.string().trim().min(1).max(200),
  category: z.string().trim().min(1).max(60),
  email: z.email().optional(),
});

const params = z.object({ vendorId: z.string().min(1) });
const VENDOR_NOT_FOUND = 'No such vendor in your organization (VENDORS.VENDOR_NOT_FOUND).';

export const create = defineRoute({
  operationId: 'registerVendor',
  method: 'post',
  path: '/vendors',
  tags: ['vendors'],
  summary: 'Register a vendor (vendors.manage at the organization)',
  request: { body: jsonBody(vendorInput) },
  responses: { 201: jsonContent(vendorSchema, 'Registered') },
});
export type CreateRoute = typeof create;

export const patch = defineRoute({
  operationId: 'updateVendor',
  method: 'patch',
  path: '/vendors/{vendorId}',
  tags: ['vendors'],
  summary: 'Change a vendor’s details',
  request: {
    params,
    body: jsonBody(
      vendorInput
        .partial()
        .extend({ email: z.email().nullable().optional() })
        .refine((v) => Object.keys(v).length > 0, 'Give at least one field to change.'),
    ),
  },
  responses: { 200: jsonContent(vendorSchema, 'Updated') },
  errors: { 404: VENDOR_NOT_FOUND },
});
export type PatchRoute = typeof patch;

export const list = defineRoute({
  operationId: 'listVendors',
  method: 'get',
  path: '/vendors',
  tags: ['vendors'],
  summary: 'The organization’s vendors, with the rate cards in force today',
  description: 'Any role in the organization may read the catalog (a producer must see whom they can engage).',
  request: { query: z.object({ category: z.string().optional(), ...pageQuery }) },
  responses: { 200: jsonContent(pageOf(vendorSchema), 'A page of vendors') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getVendor',
  method: 'get',
  path: '/vendors/{vendorId}',
  tags: ['vendors'],
  summary: 'One vendor with all its rate cards',
  request: { params },
  responses: { 200: jsonContent(vendorSchema, 'The vendor') },
  errors: { 404: VENDOR_NOT_FOUND },
});
export type GetOneRoute = typeof getOne;
