import type { Queryable } from '@playbook/db/client';

export interface NewCommitment {
  purchaseOrderId: string;
  budgetId: string;
  lineId: string;
  requestedLineId: string | null;
  vendorId: string;
  amountMinor: number;
  currency: string;
  approvalRequestId: string;
  committedAt: Date;
}

/** Commits a PO once: false when that PO has a row already (committed, or committed and cancelled). */
export async function insertCommitment(db: Queryable, c: NewCommitment): Promise<boolean> {
  const inserted = await db`
    insert into commitments (purchase_order_id, budget_id, line_id, requested_line_id, vendor_id, amount_minor,
      currency, approval_request_id, committed_at)
    values (${c.purchaseOrderId}, ${c.budgetId}, ${c.lineId}, ${c.requestedLineId}, ${c.vendorId}, ${c.amountMinor},
      ${c.currency}, ${c.approvalRequestId}, ${c.committedAt})
    on conflict (purchase_order_id) do nothing returning 1`;
  return inserted.length === 1;
}

/** Un-commits a PO once: the line and amount it had committed, or undefined when nothing was live. */
export async function cancelCommitment(
  db: Queryable,
  purchaseOrderId: string,
): Promise<{ budget_id: string; line_id: string; amount_minor: string } | undefined> {
  const [row] = await db<{ budget_id: string; line_id: string; amount_minor: string }[]>`
    update commitments set cancelled_at = now()
    where purchase_order_id = ${purchaseOrderId} and cancelled_at is null
    returning budget_id, line_id, amount_minor`;
  return row;
}

export interface NewActual {
  allocationId: string;
  budgetId: string;
  lineId: string;
  requestedLineId: string | null;
  source: string;
  sourceId: string;
  amountMinor: number;
  currency: string;
  allocatedAt: Date;
  description: string;
}

/** Records an allocation once: false when that allocation id is known already. */
export async function insertActual(db: Queryable, a: NewActual): Promise<boolean> {
  const inserted = await db`
    insert into actuals (allocation_id, budget_id, line_id, requested_line_id, source, source_id, amount_minor,
      currency, allocated_at, description)
    values (${a.allocationId}, ${a.budgetId}, ${a.lineId}, ${a.requestedLineId}, ${a.source}, ${a.sourceId},
      ${a.amountMinor}, ${a.currency}, ${a.allocatedAt}, ${a.description})
    on conflict (allocation_id) do nothing returning 1`;
  return inserted.length === 1;
}
