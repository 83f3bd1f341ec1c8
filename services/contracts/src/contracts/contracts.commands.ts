import type { EnvelopeOf } from '@playbook/bus/envelope';
import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { type ContractKind, msaFor, sowIdFor, sowTitle } from '../domain/contract.ts';
import { findEvent } from '../projections/projections.store.ts';
import { type ContractRow, findContract, insertContract, msaCandidates } from './contracts.store.ts';

export interface DraftInput {
  contractId: string;
  kind: ContractKind;
  orgId: string;
  clientId: string;
  eventId: string | null;
  vendorId: string;
  vendorName: string;
  title: string;
  valueMinor: number | null;
  currency: string | null;
  startsOn: string;
  endsOn: string | null;
  /** For a SOW: the MSA to go under; without it, the client's MSA with the vendor in force, if any. */
  parentContractId?: string | null | undefined;
  engagementId: string | null;
  signatories: string[];
  draftedBy: string;
  correlationId: string;
}

/** The MSA a SOW goes under, and the rule that chose it (for the envelope). */
async function parentFor(tx: Tx, d: DraftInput) {
  if (d.kind === 'MSA') return { parentContractId: null, rules: [], candidates: 0 };
  if (d.parentContractId) {
    const parent = await findContract(tx, d.parentContractId);
    const fits =
      parent?.kind === 'MSA' &&
      parent.org_id === d.orgId &&
      parent.client_id === d.clientId &&
      parent.vendor_id === d.vendorId;
    if (!fits) {
      throw new CodedError(
        'CONTRACTS.PARENT_NOT_APPLICABLE',
        'parentContractId must name an MSA between the same client and vendor.',
        422,
      );
    }
    const rule = { name: 'sow-under-msa', parameters: { chosen: 'given', parentContractId: parent.contract_id } };
    return { parentContractId: parent.contract_id, rules: [rule], candidates: 1 };
  }
  const candidates = await msaCandidates(tx, d);
  const msa = msaFor(candidates, { startsOn: d.startsOn, endsOn: d.endsOn ?? d.startsOn });
  const rule = {
    name: 'sow-under-msa',
    parameters: {
      chosen: msa ? 'in-force' : 'none',
      parentContractId: msa?.contractId ?? '',
      candidates: String(candidates.length),
      requires: 'signed, amended or expiring; dates covering the SOW; latest start wins',
    },
  };
  return { parentContractId: msa?.contractId ?? null, rules: [rule], candidates: candidates.length };
}

/**
 * Drafts a contract and publishes ContractDrafted. A SOW goes under the MSA given, or else under
 * the client's MSA with the vendor that is in force for the SOW's dates. Returns undefined when a
 * contract with that id (or for that engagement) exists already: nothing inserted or published.
 */
export async function draftContract(tx: Tx, publisher: Publisher, d: DraftInput): Promise<ContractRow | undefined> {
  if (d.endsOn !== null && d.endsOn < d.startsOn)
    throw new CodedError('CONTRACTS.ENDS_BEFORE_START', `The contract ends (${d.endsOn}) before it starts.`, 422);
  const parent = await parentFor(tx, d);
  const row = await insertContract(tx, { ...d, parentContractId: parent.parentContractId });
  if (!row) return undefined;
  await publisher.publish({
    type: 'contracts.ContractDrafted',
    key: row.contract_id,
    scope: { orgId: d.orgId, clientId: d.clientId, eventId: d.eventId },
    counts: { affected: 1, msaCandidates: parent.candidates },
    rules: parent.rules,
    payload: {
      contractId: row.contract_id,
      kind: d.kind,
      clientId: d.clientId,
      eventId: d.eventId,
      vendorId: d.vendorId,
      vendorName: d.vendorName,
      title: d.title,
      valueMinor: d.valueMinor,
      currency: d.currency,
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      parentContractId: parent.parentContractId,
      engagementId: d.engagementId,
      signatories: d.signatories,
      draftedBy: d.draftedBy,
    },
  });
  return row;
}

/**
 * Drafts the SOW of an engagement, attributed to the producer who engaged. One SOW per engagement:
 * the inbox drops a re-delivered message, and the SOW id derived from the engagement plus the
 * unique engagement_id hold when the inbox is lost (a replay after a purge): nothing twice.
 */
export async function draftSowForEngagement(
  tx: Tx,
  publisher: Publisher,
  e: EnvelopeOf<'vendors.VendorEngaged'>,
): Promise<ContractRow | undefined> {
  const p = e.payload;
  const orgId = e.scope.orgId;
  const event = await findEvent(tx, orgId, p.eventId);
  return draftContract(tx, publisher, {
    contractId: sowIdFor(p.engagementId),
    kind: 'SOW',
    orgId,
    clientId: p.clientId,
    eventId: p.eventId,
    vendorId: p.vendorId,
    vendorName: p.vendorName,
    title: sowTitle({ vendorName: p.vendorName, serviceLine: p.serviceLine, eventName: event?.name ?? null }),
    valueMinor: p.amountMinor,
    currency: p.currency,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    engagementId: p.engagementId,
    signatories: [],
    draftedBy: e.actor.id,
    correlationId: e.correlationId,
  });
}
