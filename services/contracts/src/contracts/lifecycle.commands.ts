import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { type ContractAction, type ContractStatus, statusAfterAmendment, transition } from '../domain/contract.ts';
import { signingAllowed } from '../domain/sign-off.ts';
import { latestDocument } from '../documents/documents.store.ts';
import { type ContractRow, findContract, updateContract } from './contracts.store.ts';
import { partiesOf, scopeOf } from './contracts.view.ts';

export const CONTRACT_NOT_FOUND = 'CONTRACTS.CONTRACT_NOT_FOUND';

/** The contract, locked for the change. */
export async function loadForChange(tx: Tx, contractId: string): Promise<ContractRow> {
  const row = await findContract(tx, contractId, true);
  if (!row) throw notFound('The contract', CONTRACT_NOT_FOUND);
  return row;
}

function move(row: ContractRow, action: ContractAction): ContractStatus {
  const t = transition(row.status, action);
  if (!t.ok) throw conflict(`A ${row.status} contract cannot ${action}.`, 'CONTRACTS.ILLEGAL_TRANSITION');
  return t.next;
}

const unprocessable = (code: string, detail: string) => new CodedError(code, detail, 422);

/** drafted → sent_for_signature; publishes ContractSentForSignature (approvals routes the internal sign-off). */
export async function sendForSignature(
  tx: Tx,
  publisher: Publisher,
  contractId: string,
  input: { signatories?: string[] | undefined },
  sentBy: string,
): Promise<ContractRow> {
  const row = await loadForChange(tx, contractId);
  const status = move(row, 'send');
  const signatories = input.signatories ?? row.signatories;
  if (signatories.length === 0)
    throw unprocessable('CONTRACTS.NO_SIGNATORIES', 'Name the signatories (here or on the draft) before sending.');
  const document = await latestDocument(tx, contractId);
  const updated = await updateContract(tx, contractId, { status, signatories });
  await publisher.publish({
    type: 'contracts.ContractSentForSignature',
    key: contractId,
    scope: scopeOf(row),
    payload: {
      ...partiesOf(row),
      eventId: row.event_id,
      vendorName: row.vendor_name,
      title: row.title,
      valueMinor: row.value_minor === null ? null : Number(row.value_minor),
      currency: row.currency,
      documentVersion: document?.version ?? null,
      signatories,
      sentBy,
    },
  });
  return updated;
}

/** sent_for_signature → signed, when the internal sign-off allows it (domain/sign-off.ts). */
export async function sign(
  tx: Tx,
  publisher: Publisher,
  contractId: string,
  input: { signedOn: string },
  signedBy: string,
): Promise<ContractRow> {
  const row = await loadForChange(tx, contractId);
  const status = move(row, 'sign');
  const value = row.value_minor === null ? null : Number(row.value_minor);
  const check = signingAllowed({ signOff: row.sign_off, valueMinor: value });
  if (!check.ok) {
    const [code, detail] =
      check.reason === 'sign-off-rejected'
        ? ['CONTRACTS.SIGN_OFF_REJECTED', 'The internal sign-off was rejected: this contract cannot be signed.']
        : ['CONTRACTS.SIGN_OFF_PENDING', 'The internal sign-off has not been granted yet.'];
    throw conflict(detail, code);
  }
  const document = await latestDocument(tx, contractId);
  const updated = await updateContract(tx, contractId, { status, signedOn: input.signedOn });
  await publisher.publish({
    type: 'contracts.ContractSigned',
    key: contractId,
    scope: scopeOf(row),
    rules: [
      {
        name: 'sign-off-before-signing',
        parameters: { required: String(check.required), signOff: row.sign_off, valued: String(value !== null) },
      },
    ],
    payload: {
      ...partiesOf(row),
      vendorName: row.vendor_name,
      signedOn: input.signedOn,
      signatories: row.signatories,
      approvalRequestId: row.sign_off === 'granted' ? row.approval_request_id : null,
      documentVersion: document?.version ?? null,
      signedBy,
    },
  });
  return updated;
}

export interface Amendment {
  title?: string | undefined;
  valueMinor?: number | undefined;
  currency?: string | undefined;
  endsOn?: string | null | undefined;
  reason?: string | undefined;
}

/** signed | amended | expiring → amended (or still expiring when the noticed end date stands). */
export async function amend(
  tx: Tx,
  publisher: Publisher,
  contractId: string,
  a: Amendment,
  amendedBy: string,
): Promise<ContractRow> {
  const row = await loadForChange(tx, contractId);
  move(row, 'amend');
  if (a.title === undefined && a.valueMinor === undefined && a.currency === undefined && a.endsOn === undefined)
    throw unprocessable('CONTRACTS.NOTHING_TO_AMEND', 'Give at least one of title, valueMinor, currency, endsOn.');
  const currency = a.currency ?? row.currency;
  if (a.valueMinor !== undefined && currency === null)
    throw unprocessable('CONTRACTS.CURRENCY_REQUIRED', 'Give the currency of valueMinor.');
  if (a.currency !== undefined && a.valueMinor === undefined && row.value_minor === null)
    throw unprocessable('CONTRACTS.VALUE_REQUIRED', 'A currency needs a valueMinor.');
  const endsOn = a.endsOn === undefined ? row.ends_on : a.endsOn;
  if (endsOn !== null && endsOn < row.starts_on)
    throw unprocessable('CONTRACTS.ENDS_BEFORE_START', `endsOn is before the contract starts (${row.starts_on}).`);
  const previousValue = row.value_minor === null ? null : Number(row.value_minor);
  const value = a.valueMinor ?? previousValue;
  const amendment = row.amendments + 1;
  const updated = await updateContract(tx, contractId, {
    status: statusAfterAmendment(row.expiry_noticed_for, endsOn),
    title: a.title,
    valueMinor: value,
    currency: value === null ? null : currency,
    endsOn,
    amendments: amendment,
  });
  await publisher.publish({
    type: 'contracts.ContractAmended',
    key: contractId,
    scope: scopeOf(row),
    payload: {
      ...partiesOf(row),
      amendment,
      title: updated.title,
      valueMinor: value,
      previousValueMinor: previousValue,
      currency: updated.currency,
      startsOn: row.starts_on,
      endsOn,
      previousEndsOn: row.ends_on,
      reason: a.reason ?? null,
      amendedBy,
    },
  });
  return updated;
}

/** Any status but terminated → terminated (a draft or an unsigned contract is called off the same way). */
export async function terminate(
  tx: Tx,
  publisher: Publisher,
  contractId: string,
  input: { reason?: string | undefined },
  terminatedBy: string,
): Promise<ContractRow> {
  const row = await loadForChange(tx, contractId);
  const status = move(row, 'terminate');
  const reason = input.reason ?? null;
  const updated = await updateContract(tx, contractId, { status, terminationReason: reason });
  await publisher.publish({
    type: 'contracts.ContractTerminated',
    key: contractId,
    scope: scopeOf(row),
    payload: { ...partiesOf(row), previousStatus: row.status, reason, terminatedBy },
  });
  return updated;
}
