import type { ApproverScope } from './policy.ts';

/** Plain rules of an approval request: who may decide it and where the approver's grant must sit. */
export type ApprovalStatus = 'pending' | 'granted' | 'rejected' | 'withdrawn';

/** Why a decision cannot be recorded on a request in `status`, or null when it is still pending. */
export function closedBecause(status: ApprovalStatus): 'withdrawn' | 'decided' | null {
  if (status === 'pending') return null;
  return status === 'withdrawn' ? 'withdrawn' : 'decided';
}

export interface RequestScope {
  orgId: string;
  clientId: string;
  eventId: string;
}

/** The scope the approver role must be held at (or above): a client-scope approval needs a client- or org-wide grant. */
export function approverTarget(scope: RequestScope, approverScope: ApproverScope | string) {
  if (approverScope === 'org') return { orgId: scope.orgId };
  if (approverScope === 'client') return { orgId: scope.orgId, clientId: scope.clientId };
  return { orgId: scope.orgId, clientId: scope.clientId, eventId: scope.eventId };
}

export type Refusal = 'OWN_REQUEST' | 'NOT_APPROVER';

/**
 * Why `callerId` may not decide, or null. Deciding one's own request is refused first: a producer
 * may not approve their own PO even when they hold the approver role. Admin stands in for any role.
 */
export function decisionRefusal(
  request: { requestedBy: string; approverRole: string },
  callerId: string,
  rolesAtTarget: readonly string[],
): Refusal | null {
  if (request.requestedBy === callerId) return 'OWN_REQUEST';
  if (!rolesAtTarget.includes(request.approverRole) && !rolesAtTarget.includes('admin')) return 'NOT_APPROVER';
  return null;
}
