import type { ContractRow } from './contracts.store.ts';

/** A contract as the API shows it. */
export const toContract = (r: ContractRow) => ({
  contractId: r.contract_id,
  kind: r.kind,
  orgId: r.org_id,
  clientId: r.client_id,
  eventId: r.event_id,
  vendorId: r.vendor_id,
  vendorName: r.vendor_name,
  title: r.title,
  valueMinor: r.value_minor === null ? null : Number(r.value_minor),
  currency: r.currency,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  parentContractId: r.parent_contract_id,
  engagementId: r.engagement_id,
  signatories: r.signatories,
  status: r.status,
  signOff: {
    status: r.sign_off,
    approvalRequestId: r.approval_request_id,
    decidedBy: r.sign_off_by,
    decidedAt: r.sign_off_at?.toISOString() ?? null,
    comment: r.sign_off_comment,
  },
  signedOn: r.signed_on,
  amendments: r.amendments,
  expiryNoticedFor: r.expiry_noticed_for,
  terminationReason: r.termination_reason,
  draftedBy: r.drafted_by,
  correlationId: r.correlation_id,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export type ContractView = ReturnType<typeof toContract>;

/** Where a contract sits: its client for an MSA, its event (and client) for a SOW. */
export const scopeOf = (r: ContractRow) => ({ orgId: r.org_id, clientId: r.client_id, eventId: r.event_id });

/** The fields every contract event repeats. */
export const partiesOf = (r: ContractRow) => ({
  contractId: r.contract_id,
  kind: r.kind,
  clientId: r.client_id,
  eventId: r.event_id,
  vendorId: r.vendor_id,
});
