import type { Queryable } from '@playbook/db/client';
import { type Reader, visible } from '@playbook/service-kit/access';
import type { ContractKind, ContractStatus, MsaCandidate } from '../domain/contract.ts';
import type { SignOff } from '../domain/sign-off.ts';

export interface ContractRow {
  contract_id: string;
  seq: string;
  org_id: string;
  client_id: string;
  event_id: string | null;
  kind: ContractKind;
  vendor_id: string;
  vendor_name: string;
  title: string;
  value_minor: string | null;
  currency: string | null;
  starts_on: string;
  ends_on: string | null;
  parent_contract_id: string | null;
  engagement_id: string | null;
  signatories: string[];
  status: ContractStatus;
  sign_off: SignOff;
  approval_request_id: string | null;
  sign_off_by: string | null;
  sign_off_at: Date | null;
  sign_off_comment: string | null;
  signed_on: string | null;
  amendments: number;
  expiry_noticed_for: string | null;
  termination_reason: string | null;
  drafted_by: string;
  correlation_id: string;
  created_at: Date;
  updated_at: Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function findContract(db: Queryable, contractId: string, lock = false): Promise<ContractRow | undefined> {
  if (!UUID.test(contractId)) return undefined;
  const [row] = lock
    ? await db<ContractRow[]>`select * from contracts where contract_id = ${contractId} for update`
    : await db<ContractRow[]>`select * from contracts where contract_id = ${contractId}`;
  return row;
}

export interface ContractFilter {
  kind?: ContractKind | undefined;
  clientId?: string | undefined;
  eventId?: string | undefined;
  vendorId?: string | undefined;
  status?: ContractStatus | undefined;
  engagementId?: string | undefined;
  afterSeq: string;
  limit: number;
}

/** The page after `afterSeq` (limit + 1 rows, for toPage) of the contracts `reader` may read. */
export function listReadable(db: Queryable, reader: Reader, f: ContractFilter) {
  return db<ContractRow[]>`
    select r.* from contracts r
    where ${visible(db, reader)} and r.seq > ${f.afterSeq}
      ${f.kind ? db`and r.kind = ${f.kind}` : db``}
      ${f.clientId ? db`and r.client_id = ${f.clientId}` : db``}
      ${f.eventId ? db`and r.event_id = ${f.eventId}` : db``}
      ${f.vendorId ? db`and r.vendor_id = ${f.vendorId}` : db``}
      ${f.status ? db`and r.status = ${f.status}` : db``}
      ${f.engagementId ? db`and r.engagement_id = ${f.engagementId}` : db``}
    order by r.seq limit ${f.limit + 1}`;
}

/** The client's MSAs with the vendor (any status: the domain picks the one in force). */
export async function msaCandidates(
  db: Queryable,
  s: { orgId: string; clientId: string; vendorId: string },
): Promise<MsaCandidate[]> {
  return db<MsaCandidate[]>`
    select contract_id as "contractId", starts_on as "startsOn", ends_on as "endsOn", status from contracts
    where kind = 'MSA' and org_id = ${s.orgId} and client_id = ${s.clientId} and vendor_id = ${s.vendorId}`;
}

export interface NewContract {
  contractId: string;
  orgId: string;
  clientId: string;
  eventId: string | null;
  kind: ContractKind;
  vendorId: string;
  vendorName: string;
  title: string;
  valueMinor: number | null;
  currency: string | null;
  startsOn: string;
  endsOn: string | null;
  parentContractId: string | null;
  engagementId: string | null;
  signatories: string[];
  draftedBy: string;
  correlationId: string;
}

/** Inserts a draft; undefined when one exists already for the id or the engagement. */
export async function insertContract(db: Queryable, c: NewContract): Promise<ContractRow | undefined> {
  const [row] = await db<ContractRow[]>`
    insert into contracts (contract_id, org_id, client_id, event_id, kind, vendor_id, vendor_name, title, value_minor,
      currency, starts_on, ends_on, parent_contract_id, engagement_id, signatories, status, drafted_by, correlation_id)
    values (${c.contractId}, ${c.orgId}, ${c.clientId}, ${c.eventId}, ${c.kind}, ${c.vendorId}, ${c.vendorName},
      ${c.title}, ${c.valueMinor}, ${c.currency}, ${c.startsOn}, ${c.endsOn}, ${c.parentContractId}, ${c.engagementId},
      ${db.json(c.signatories)}, 'drafted', ${c.draftedBy}, ${c.correlationId})
    on conflict do nothing returning *`;
  return row;
}

/** The columns a lifecycle step may change. */
export interface ContractChange {
  status?: ContractStatus;
  title?: string;
  valueMinor?: number | null;
  currency?: string | null;
  endsOn?: string | null;
  signatories?: string[];
  signedOn?: string;
  amendments?: number;
  expiryNoticedFor?: string;
  terminationReason?: string | null;
  signOff?: SignOff;
  approvalRequestId?: string;
  signOffBy?: string | null;
  signOffComment?: string | null;
}

const COLUMNS: Record<keyof ContractChange, string> = {
  status: 'status',
  title: 'title',
  valueMinor: 'value_minor',
  currency: 'currency',
  endsOn: 'ends_on',
  signatories: 'signatories',
  signedOn: 'signed_on',
  amendments: 'amendments',
  expiryNoticedFor: 'expiry_noticed_for',
  terminationReason: 'termination_reason',
  signOff: 'sign_off',
  approvalRequestId: 'approval_request_id',
  signOffBy: 'sign_off_by',
  signOffComment: 'sign_off_comment',
};

export async function updateContract(db: Queryable, contractId: string, change: ContractChange): Promise<ContractRow> {
  const values: Record<string, unknown> = { updated_at: new Date() };
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined) continue;
    values[COLUMNS[key as keyof ContractChange]] = key === 'signatories' ? db.json(value as string[]) : value;
  }
  if (change.signOff && change.signOff !== 'pending') values.sign_off_at = new Date();
  const [row] = await db<ContractRow[]>`
    update contracts set ${db(values)} where contract_id = ${contractId} returning *`;
  return row!;
}

/** The next contract due an expiry notice (see domain/expiry.ts), locked; skips rows another instance holds. */
export async function nextDueForExpiryNotice(
  db: Queryable,
  window: { today: string; horizon: string },
): Promise<ContractRow | undefined> {
  const [row] = await db<ContractRow[]>`
    select * from contracts
    where status in ('signed', 'amended') and ends_on >= ${window.today} and ends_on <= ${window.horizon}
      and expiry_noticed_for is distinct from ends_on
    order by ends_on, seq limit 1 for update skip locked`;
  return row;
}
