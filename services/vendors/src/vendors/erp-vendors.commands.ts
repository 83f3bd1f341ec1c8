import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { categoryOf, type ErpVendor, type KnownVendor, planErpVendor } from '../domain/erp-vendors.ts';
import { changeVendor, linkVendorToErp, registerVendor } from './vendors.commands.ts';
import { findVendor, vendorsForErpMatching } from './vendors.store.ts';

export interface ErpVendorsOutcome {
  registered: number;
  updated: number;
  linked: number;
  skipped: number;
}

/**
 * Applies a batch of ERP vendor records: the ERP is the source of truth for vendor records. Each is
 * matched (planErpVendor), registered when new (VendorRegistered), its name and e-mail taken from the
 * ERP when they differ (VendorUpdated), and linked (VendorLinkedToErp, only when the link changes).
 * The same batch again, or a re-fetched window, finds everything as it is and publishes nothing.
 */
export async function applyErpVendors(
  tx: Tx,
  publisher: Publisher,
  orgId: string,
  system: string,
  records: readonly ErpVendor[],
): Promise<ErpVendorsOutcome> {
  const out: ErpVendorsOutcome = { registered: 0, updated: 0, linked: 0, skipped: 0 };
  const ours: KnownVendor[] = (await vendorsForErpMatching(tx, orgId)).map((r) => ({
    vendorId: r.vendor_id,
    name: r.name,
    erpSystem: r.erp_system,
    erpInternalId: r.erp_internal_id,
  }));
  for (const v of records) {
    const plan = planErpVendor(orgId, system, v, ours);
    if (plan.kind === 'skip') {
      out.skipped++;
      continue;
    }
    if (plan.kind === 'create') {
      await registerVendor(
        tx,
        publisher,
        orgId,
        { name: v.companyName, category: categoryOf(v.category), email: v.email },
        plan.vendorId,
      );
      out.registered++;
    } else {
      const current = await findVendor(tx, orgId, plan.vendorId);
      const email = v.email ?? current?.email ?? null;
      if (current && (current.name !== v.companyName || current.email !== email)) {
        await changeVendor(tx, publisher, orgId, plan.vendorId, { name: v.companyName, email });
        out.updated++;
      }
    }
    const before = await findVendor(tx, orgId, plan.vendorId);
    const after = await linkVendorToErp(tx, publisher, orgId, plan.vendorId, {
      erpSystem: system,
      erpInternalId: v.internalId,
      erpEntityId: v.entityId,
      erpName: null,
    });
    if (before?.erp_internal_id !== after.erp_internal_id || before?.erp_system !== after.erp_system) out.linked++;
    const known = ours.find((o) => o.vendorId === plan.vendorId);
    if (known) Object.assign(known, { name: v.companyName, erpSystem: system, erpInternalId: v.internalId });
    else ours.push({ vendorId: plan.vendorId, name: v.companyName, erpSystem: system, erpInternalId: v.internalId });
  }
  return out;
}
