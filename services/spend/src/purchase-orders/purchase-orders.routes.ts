import { createRoute, z } from '@hono/zod-openapi';
import { pageQuery } from '@playbook/service-kit/pagination';

const json = <S extends z.ZodType>(schema: S) => ({ content: { 'application/json': { schema } } });
const status = z.enum(['pending_approval', 'approved', 'rejected']);

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
  })
  .openapi('PurchaseOrder');

export const listPurchaseOrders = createRoute({
  method: 'get',
  path: '/purchase-orders',
  tags: ['purchase orders'],
  summary:
    'Purchase orders the caller may read (records.read at each PO’s event), by event, vendor and status. Asking for an event one may not read is 403.',
  request: {
    query: z.object({
      eventId: z.string().optional(),
      vendorId: z.string().optional(),
      status: status.optional(),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: 'A page of purchase orders',
      ...json(z.object({ items: z.array(purchaseOrderSchema), nextCursor: z.string().nullable() })),
    },
  },
});

export const getPurchaseOrder = createRoute({
  method: 'get',
  path: '/purchase-orders/{purchaseOrderId}',
  tags: ['purchase orders'],
  summary: 'One purchase order',
  request: { params: z.object({ purchaseOrderId: z.string().min(1) }) },
  responses: { 200: { description: 'The purchase order', ...json(purchaseOrderSchema) } },
});
