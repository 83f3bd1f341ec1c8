import { v5 as uuidv5 } from 'uuid';

/** pending_approval → approved | rejected; pending or approved → cancelled (its engagement was); a decided PO stays decided. */
export type PoStatus = 'pending_approval' | 'approved' | 'rejected' | 'cancelled';
export type Decision = 'approve' | 'reject';

export type DecisionOutcome =
  | { kind: 'transition'; next: PoStatus }
  /** The same decision again (a re-sent or re-driven message): nothing to do. */
  | { kind: 'unchanged' }
  /** The opposite decision on a decided PO: refused, the first decision stands. */
  | { kind: 'conflict'; current: PoStatus };

const TARGET: Record<Decision, PoStatus> = { approve: 'approved', reject: 'rejected' };

export function decide(status: PoStatus, decision: Decision): DecisionOutcome {
  const target = TARGET[decision];
  if (status === 'pending_approval') return { kind: 'transition', next: target };
  if (status === target) return { kind: 'unchanged' };
  return { kind: 'conflict', current: status };
}

/** What is being bought, in words a finance reviewer reads: "lighting-tech: 2.5 × day". */
export const describePurchase = (e: { serviceLine: string; quantity: number; unit: string }): string =>
  `${e.serviceLine}: ${e.quantity} × ${e.unit}`;

const PO_NAMESPACE = 'a4f1c0de-52e7-5b0c-9d3e-7c1b2a3d4e5f';

/** The PO raised for an engagement always has the same id: replays and retries find the same PO. */
export const purchaseOrderIdFor = (engagementId: string): string => uuidv5(`engagement:${engagementId}`, PO_NAMESPACE);

/**
 * Cancelling follows the engagement: a pending or approved PO is cancelled (budget un-commits an
 * approved one, approvals withdraws a pending one's request); a cancelled one stays as it is (a
 * replay); a rejected one never committed anything and stays rejected.
 */
export function cancelOutcome(status: PoStatus): { kind: 'cancel'; previousStatus: PoStatus } | { kind: 'unchanged' } {
  return status === 'pending_approval' || status === 'approved'
    ? { kind: 'cancel', previousStatus: status }
    : { kind: 'unchanged' };
}

/**
 * What an engagement amendment does to its PO. A pending PO takes the new amount, description and
 * BOM line: nobody has signed off yet. An approved PO is not silently changed: the approver signed
 * off the old amount, so it keeps it and the difference is logged for follow-up (a new sign-off for
 * an increase belongs to a PurchaseOrderAmended flow that does not exist yet). Rejected and
 * cancelled POs are closed.
 */
export function amendOutcome(status: PoStatus): 'update' | 'keep-approved' | 'closed' {
  if (status === 'pending_approval') return 'update';
  return status === 'approved' ? 'keep-approved' : 'closed';
}
