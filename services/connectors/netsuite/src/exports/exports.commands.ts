import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import { deliverOnce } from '@playbook/connector-kit/outbound';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import type { NetSuiteSettings } from '../env.ts';
import type { NetSuiteApi, NetSuitePurchaseOrder } from '../netsuite-api.ts';
import { vendorByNameQuery } from '../sync/datasets.ts';
import { ACTOR } from '../sync/sync.ts';
import { findExport, findRaised, linkedInternalId, recordExport } from './exports.store.ts';

/** NetSuite caps a memo at 999 characters. */
const memoOf = (purchaseOrderId: string, description: string | undefined) =>
  `Playbook PO ${purchaseOrderId}${description ? `: ${description}` : ''}`.slice(0, 999);

/**
 * The NetSuite vendor a PO is raised on: the one the vendors module linked (VendorLinkedToErp), or
 * else the one active vendor of the same company name (the first export before any vendor sync).
 * None or several: the export fails with the reason, and the message is dead-lettered after retries.
 */
async function vendorInternalId(tx: Tx, api: NetSuiteApi, vendorId: string, vendorName: string | undefined) {
  const linked = await linkedInternalId(tx, vendorId);
  if (linked) return linked;
  if (!vendorName)
    throw new CodedError(
      'NETSUITE.VENDOR_NOT_LINKED',
      `vendor ${vendorId} is not linked to NetSuite and has no name`,
      409,
    );
  const found = await api.suiteql(vendorByNameQuery(vendorName));
  if (found.length === 1 && found[0]!.id) return found[0]!.id;
  throw new CodedError(
    found.length === 0 ? 'NETSUITE.VENDOR_NOT_IN_ERP' : 'NETSUITE.VENDOR_AMBIGUOUS',
    `vendor ${vendorId} (${vendorName}) is not linked to NetSuite and ${found.length} active NetSuite vendors have that name`,
    409,
  );
}

/**
 * Exports an approved PO to NetSuite as a purchase order, once: its external id is the Playbook PO
 * id, looked up (GET …/purchaseOrder/eid:<id>) before creating, and again when a create fails (a
 * create that reached NetSuite but whose answer was lost). The client already retried 429 and 5xx
 * with backoff; what fails after that raises CONNECTOR.DELIVERY_FAILED with the reason, so the bus
 * retries the message and then dead-letters it. Publishes NetSuitePurchaseOrderExported.
 */
export async function exportPurchaseOrder(
  tx: Tx,
  publisher: Publisher,
  api: NetSuiteApi,
  settings: Pick<NetSuiteSettings, 'NETSUITE_EXPENSE_ACCOUNT_ID'>,
  e: EnvelopeOf<'spend.PurchaseOrderApproved'>,
): Promise<void> {
  const p = e.payload;
  if (await findExport(tx, p.purchaseOrderId)) return;
  const raised = await findRaised(tx, p.purchaseOrderId);
  const create = async (key: string): Promise<NetSuitePurchaseOrder> => {
    try {
      return await api.createPurchaseOrder({
        externalId: key,
        vendorInternalId: await vendorInternalId(tx, api, p.vendorId, raised?.vendorName),
        tranDate: new Date(e.occurredAt).toISOString().slice(0, 10),
        memo: memoOf(p.purchaseOrderId, raised?.description),
        expenseAccountId: settings.NETSUITE_EXPENSE_ACCOUNT_ID,
        amount: p.amountMinor / 100,
      });
    } catch (error) {
      const created = await api.findPurchaseOrder(key).catch(() => undefined);
      if (created) return created;
      throw error;
    }
  };
  const { result, reused } = await deliverOnce({
    key: p.purchaseOrderId,
    lookup: (key) => api.findPurchaseOrder(key),
    create,
  });
  await recordExport(tx, { purchaseOrderId: p.purchaseOrderId, ...result, reused });
  await publisher.publish({
    type: 'integrations.netsuite.NetSuitePurchaseOrderExported',
    key: p.purchaseOrderId,
    scope: { orgId: e.scope.orgId, clientId: p.clientId, eventId: p.eventId },
    actor: ACTOR,
    counts: { affected: 1 },
    rules: [
      {
        name: 'netsuite.export',
        parameters: { record: 'purchaseOrder', lookedUpFirst: 'true', externalId: p.purchaseOrderId },
      },
    ],
    payload: {
      purchaseOrderId: p.purchaseOrderId,
      eventId: p.eventId,
      clientId: p.clientId,
      vendorId: p.vendorId,
      amountMinor: p.amountMinor,
      currency: p.currency,
      internalId: result.internalId,
      tranId: result.tranId,
      vendorInternalId: result.vendorInternalId,
      exportedAt: Date.now(),
      reused,
    },
  });
}
