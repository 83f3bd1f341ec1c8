import { z } from '@hono/zod-openapi';
import { defineRoute, jsonContent, pageOf, pageQuery } from '@playbook/service-kit/openapi';
const status = z.enum(['pending_approval', 'approved', 'rejected', 'cancelled']);

export const purchaseOrderSchema = z
  .object({
    purchaseOrderId: z.string(),
    engagementId: z.string().nullable(),
    orgId: z.string(),
    clientId: z.string(),
    eventId: z.string(),
    vendorId: z.string(),
    vendorName: z.string(),
    amountMinor: z.number().int(),
    currency: z.string(),
    description: z.string(),
    status,
    raisedBy: z.string(),
    raisedAt: z.string(),
    correlationId: z.string(),
    approvalRequestId: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedAt: z.string().nullable(),
    decisionComment: z.string().nullable(),
    bomLineId: z.string().nullable(),
    erp: z
      .object({ system: z.string(), documentId: z.string(), documentNumber: z.string(), exportedAt: z.string() })
      .nullable()
      .openapi({ description: 'The PO in the ERP once exported (e.g. NetSuite internal id and document number).' }),
  })
  .openapi('PurchaseOrder');

export const list = defineRoute({
  operationId: 'listPurchaseOrders',
  method: 'get',
  path: '/purchase-orders',
  tags: ['purchase orders'],
  summary: 'Purchase orders the caller may read, by event, vendor and status',
  description: 'records.read at each PO’s event. Asking for an event one may not read is 403.',
  request: {
    query: z.object({
      eventId: z.string().optional(),
      vendorId: z.string().optional(),
      status: status.optional(),
      ...pageQuery,
    }),
  },
  responses: { 200: jsonContent(pageOf(purchaseOrderSchema), 'A page of purchase orders') },
});
export type ListRoute = typeof list;

export const getOne = defineRoute({
  operationId: 'getPurchaseOrder',
  method: 'get',
  path: '/purchase-orders/{purchaseOrderId}',
  tags: ['purchase orders'],
  summary: 'One purchase order',
  request: { params: z.object({ purchaseOrderId: z.string().min(1) }) },
  responses: { 200: jsonContent(purchaseOrderSchema, 'The purchase order') },
  errors: { 404: 'No such purchase order in your organization (SPEND.PO_NOT_FOUND).' },
});
export type GetOneRoute = typeof getOne;
