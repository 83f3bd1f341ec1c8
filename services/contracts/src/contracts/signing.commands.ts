import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { conflict } from '@playbook/service-kit/problem';
import { signingAllowed } from '../domain/sign-off.ts';
import { latestDocument } from '../documents/documents.store.ts';
import { type ContractRow, updateContract } from './contracts.store.ts';
import { partiesOf, scopeOf } from './contracts.view.ts';
import { loadForChange, move, unprocessable } from './lifecycle.commands.ts';

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
