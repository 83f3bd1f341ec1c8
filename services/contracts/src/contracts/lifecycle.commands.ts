import type { Publisher } from '@playbook/bus/handler';
import type { Tx } from '@playbook/db/client';
import { CodedError } from '@playbook/errors/coded-error';
import { conflict, notFound } from '@playbook/service-kit/problem';
import { type ContractAction, type ContractStatus, statusAfterAmendment, transition } from '../domain/contract.ts';
import { type ContractRow, findContract, updateContract } from './contracts.store.ts';
import { partiesOf, scopeOf } from './contracts.view.ts';

export const CONTRACT_NOT_FOUND = 'CONTRACTS.CONTRACT_NOT_FOUND';

/** The contract, locked for the change. */
export async function loadForChange(tx: Tx, contractId: string): Promise<ContractRow> {
  const row = await findContract(tx, contractId, true);
  if (!row) throw notFound('The contract', CONTRACT_NOT_FOUND);
  return row;
}

export function move(row: ContractRow, action: ContractAction): ContractStatus {
  const t = transition(row.status, action);
  if (!t.ok) throw conflict(`A ${row.status} contract cannot ${action}.`, 'CONTRACTS.ILLEGAL_TRANSITION');
  return t.next;
}

export const unprocessable = (code: string, detail: string) => new CodedError(code, detail, 422);

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
