import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { findPurchaseOrder, recordExport } from './purchase-orders.store.ts';

/**
 * Marks a PO exported once the ERP connector created it there, and publishes PurchaseOrderExported.
 * The same export again is a no-op; an unknown PO throws SPEND.PO_NOT_FOUND (retried, then parked on
 * the dead-letter topic: the connector's topic is not ordered with spend's own after a reset).
 */
export async function markExportedToNetSuite(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'integrations.netsuite.NetSuitePurchaseOrderExported'>,
): Promise<void> {
  const p = e.payload;
  const po = await findPurchaseOrder(tx, p.purchaseOrderId, true);
  if (!po)
    throw new CodedError('SPEND.PO_NOT_FOUND', `Purchase order ${p.purchaseOrderId} is not known to spend.`, 404);
  if (po.erp_document_id === p.internalId && po.erp_system === 'netsuite') return;
  await recordExport(tx, po.purchase_order_id, {
    erpSystem: 'netsuite',
    erpDocumentId: p.internalId,
    erpDocumentNumber: p.tranId,
    exportedAt: new Date(p.exportedAt),
  });
  await publisher.publish({
    type: 'spend.PurchaseOrderExported',
    key: po.purchase_order_id,
    scope: { orgId: po.org_id, clientId: po.client_id, eventId: po.event_id },
    counts: { affected: 1 },
    payload: {
      purchaseOrderId: po.purchase_order_id,
      eventId: po.event_id,
      clientId: po.client_id,
      vendorId: po.vendor_id,
      amountMinor: Number(po.amount_minor),
      currency: po.currency,
      erpSystem: 'netsuite',
      erpDocumentId: p.internalId,
      erpDocumentNumber: p.tranId,
      exportedAt: p.exportedAt,
    },
  });
}
